// TEMPORARY: stand-ins for helper-claims' types until that branch merges; deleted then.
using Corroborate.Language;

namespace Corroborate.Claims;

public sealed record NameMention(string Text, EntityLabel Label, string Outlet, long Article, int Sentence, int Start, int End)
{
    public string? Role { get; init; }
}

public sealed record NameVariant(string Text, IReadOnlyList<NameMention> Mentions);

public sealed record NameGroup(string Canonical, EntityLabel Label, IReadOnlyList<NameVariant> Variants, string Evidence);

public static class NameKeys
{
    public static string Key(string name) => name.Trim().ToLowerInvariant();
}

public static class NameVariants
{
    public static IReadOnlyList<NameGroup> Unify(IReadOnlyList<NameMention> mentions) => [];
}

public enum FramingCategory { Delegitimizing, Glorifying, LegalAccusation, Hedge }

public sealed record FramingCue(FramingCategory Category, string Phrase, string Lemma, int Sentence, int Start, int End);

public sealed class FramingLexicon
{
    public static FramingLexicon Default { get; } = new();

#pragma warning disable CA1822
    public IReadOnlyList<FramingCue> Find(AnnotatedText text) => [];
#pragma warning restore CA1822
}
