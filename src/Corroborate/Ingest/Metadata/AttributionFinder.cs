using System.Text.RegularExpressions;
using Corroborate.Documents;

namespace Corroborate.Ingest.Metadata;

/// <summary>
/// Finds the sources an article says it relies on: "citing BBC", "according to Azerbaijan's state news
/// agency Azertag", "reported by Reuters", "X told Interfax". The named party is the last run of
/// capitalised words in the phrase; the words before it (agency, expert, ministry) decide its kind.
/// </summary>
/// <remarks>
/// Pattern-based until the language core (entity recognizer) exists; it errs towards missing a source
/// rather than inventing one. Stateless and thread-safe.
/// </remarks>
internal static partial class AttributionFinder
{
    private static readonly string[] OutletWords =
    [
        "agency", "news", "newspaper", "outlet", "broadcaster", "channel", "tv", "television", "radio", "daily",
        "weekly", "tabloid", "wire", "portal", "website", "site", "magazine", "journal", "paper", "publication", "media",
    ];

    private static readonly string[] PersonWords =
    [
        "expert", "analyst", "official", "officials", "minister", "spokesman", "spokeswoman", "spokesperson", "president",
        "professor", "ambassador", "adviser", "advisor", "aide", "senator", "deputy", "mp", "lawmaker", "chief", "head",
        "director", "commander", "general", "colonel", "leader", "premier", "chairman", "chairwoman", "scientist",
        "researcher", "economist", "lawyer", "activist", "witness", "resident", "correspondent", "journalist", "reporter",
        "mr", "mrs", "ms", "dr",
    ];

    private static readonly string[] OrganizationWords =
    [
        "ministry", "group", "office", "council", "committee", "institute", "organization", "organisation", "union",
        "foundation", "bank", "party", "service", "center", "centre", "university", "commission", "administration",
        "department", "government", "court", "police", "army", "forces", "agency", "association", "fund", "program",
        "programme", "company", "corporation", "parliament", "assembly", "embassy", "mission", "board", "authority",
    ];

    // Words that are capitalised but never a source's name.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "According", "In", "On", "At", "It", "This", "That", "He", "She", "They", "We", "I",
    };

    public static IReadOnlyList<CitedSource> Find(string text)
    {
        var found = new List<CitedSource>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Cue().Matches(text))
        {
            var (phrase, trailing) = SplitTrailingDescriptor(match.Groups["phrase"].Value.TrimEnd());
            if (NameAtEnd(phrase) is not { } name)
            {
                continue;
            }
            var descriptor = phrase[..^name.Length] + " " + trailing;
            var kind = KindOf(name, descriptor);
            var canonical = kind == SourceKind.Outlet && KnownOutlets.FindByName(name) is { } outlet ? outlet.Name : name;
            if (seen.Add(canonical))
            {
                found.Add(new CitedSource(canonical, kind, match.Value.Trim()));
            }
        }
        return found;
    }

    /// <summary>Splits off descriptor words after the name: "the Steppe Herald newspaper".</summary>
    private static (string Phrase, string Trailing) SplitTrailingDescriptor(string phrase)
    {
        var end = phrase.Length;
        while (true)
        {
            var space = phrase.LastIndexOf(' ', end - 1);
            var word = phrase[(space + 1)..end];
            if (space <= 0 || !(OutletWords.Contains(word) || OrganizationWords.Contains(word) || PersonWords.Contains(word)))
            {
                return (phrase[..end], phrase[end..]);
            }
            end = space;
        }
    }

    /// <summary>The last run of capitalised words (allowing "of", "for", "and" inside) in the phrase.</summary>
    private static string? NameAtEnd(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 0 && !IsNameWord(words[end - 1]))
        {
            return null; // the phrase must end on the name; "according to the expert's view" names no one
        }
        var start = end;
        while (start > 0 && (IsNameWord(words[start - 1])
            || (start - 1 > 0 && words[start - 1] is "of" or "for" or "and" or "on" && IsNameWord(words[start - 2]))))
        {
            start--;
        }
        if (start == end)
        {
            return null;
        }
        var name = string.Join(' ', words[start..end]);
        return NotNames.Contains(name) ? null : name;
    }

    private static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0])) && !word.EndsWith("'s", StringComparison.Ordinal)
        && !word.EndsWith("’s", StringComparison.Ordinal) && !NotNames.Contains(word);

    private static SourceKind KindOf(string name, string descriptor)
    {
        var words = descriptor.ToLowerInvariant().Split([' ', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        if (KnownOutlets.FindByName(name) is not null || words.Any(w => OutletWords.Contains(w)) && !words.Contains("ministry"))
        {
            return SourceKind.Outlet;
        }
        var nameWords = name.Split(' ');
        if (nameWords.Any(w => OrganizationWords.Contains(w.ToLowerInvariant())))
        {
            return SourceKind.Organization;
        }
        if (words.Any(w => PersonWords.Contains(w.TrimEnd('.'))))
        {
            return SourceKind.Person;
        }
        // Two or three capitalised words that are not an acronym read as a personal name ("Ilyas Baktygaliyev").
        return nameWords.Length is 2 or 3 && nameWords.All(w => w.Length > 1 && char.IsLower(w[1]))
            ? SourceKind.Person
            : SourceKind.Organization;
    }

    // The cue, then a phrase of up to ten words that stops at punctuation or a clause word.
    [GeneratedRegex(@"(?:\b[Cc]iting|\b[Aa]ccording to|\b[Rr]eported by|\b[Qq]uoted by|\b[Cc]ited by)\s+(?<phrase>(?:the\s+)?(?:[\p{L}\d](?:[\p{L}\d'’\-/&]|\.(?=[\p{L}\d]))*(?:[ \t]+|(?=[,.;:!?)""”]|$))){1,10}?)(?=[,.;:!?)""”]|\s+(?:that|who|which|said|says|on|in|at|as|and|but|while|when|after|before|with|to|for)\b|$)", RegexOptions.Multiline)]
    private static partial Regex Cue();
}
