using System.Globalization;

namespace Corroborate.Ingest.Metadata;

/// <summary>
/// Keeps only what reads as a person's name among the authors a format or page declared. Pages put
/// many other things in author fields: the outlet itself ("RT", "BBC News", "Al-Bawaba"), a desk
/// ("Al Jazeera and news agencies"), a sentence a byline detector mistook ("The Russian"), or a name
/// glued to the outlet ("ERIC TUCKERAssociated Press", "Finian Cunningham. Sputnik International").
/// </summary>
/// <remarks>All-capital names are put in title case ("LISA MASCARO" → "Lisa Mascaro"). Stateless.</remarks>
internal static class AuthorNames
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el", "bin", "ibn",
        "binti", "y", "e", "zu", "ten", "ter", "st.",
    };

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "staff", "editor", "editors", "editorial", "desk", "team", "news", "agency", "agencies", "reporter", "reporters",
        "correspondent", "correspondents", "wire", "wires", "online", "newsroom", "admin", "administrator", "guest", "contributor",
        "press", "media", "service", "services", "international", "times", "post", "daily", "herald", "writer", "columnist",
        "large", "senior", "chief", "associate", "producer", "analyst", "contributing",
    };

    public static IReadOnlyList<string> Clean(IEnumerable<string> authors, string? outletName)
    {
        var kept = new List<string>();
        foreach (var raw in authors)
        {
            if (Person(raw, outletName) is { } name && !kept.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                kept.Add(name);
            }
        }
        return kept;
    }

    /// <summary>The person's name in <paramref name="value"/>, or null when it names no person.</summary>
    internal static string? Person(string value, string? outletName)
    {
        var text = value.Trim().Trim(',', ';', '|', '·', '-', '–');
        if (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..].Trim();
        }
        // "Finian Cunningham. Sputnik International", "Ann Lee - Reuters", "Ann Lee | Staff writer"
        foreach (var cut in (ReadOnlySpan<string>)[". ", " - ", " – ", " | ", " (", ", "])
        {
            var at = text.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at].Trim();
            }
        }
        text = StripGluedOutlet(text, outletName);
        if (text.Length < 3 || text.Length > 60 || text.Contains('@', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal)
            || text.Any(char.IsDigit) || IsOutlet(text, outletName))
        {
            return null;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > MaxWords || words.Any(w => w.Trim('.', ',').Split('-').Any(NotNameWords.Contains)))
        {
            return null;
        }
        foreach (var word in words)
        {
            var dash = word.IndexOf('-', StringComparison.Ordinal);
            var prefixed = dash > 0 && dash + 1 < word.Length && Particles.Contains(word[..dash]) && char.IsUpper(word[dash + 1]); // al-Assad
            if (!char.IsUpper(word[0]) && !Particles.Contains(word) && !prefixed)
            {
                return null;
            }
        }
        // One word is a name only when it is not a known outlet and looks like one ("Madonna" is rare in bylines).
        if (words.Length == 1)
        {
            return null;
        }
        return text.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? TitleCase(words) : string.Join(' ', words);
    }

    /// <summary>"ERIC TUCKERAssociated Press" → "ERIC TUCKER": a known outlet name glued to the end.</summary>
    private static string StripGluedOutlet(string text, string? outletName)
    {
        foreach (var outlet in KnownOutlets.NamesAndAliases.Append(outletName ?? ""))
        {
            if (outlet.Length >= 2 && text.Length > outlet.Length + 2 && text.EndsWith(outlet, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^outlet.Length].TrimEnd(' ', ',', '/', '-');
            }
        }
        return text;
    }

    private static bool IsOutlet(string text, string? outletName)
    {
        if (KnownOutlets.FindByName(text) is not null)
        {
            return true;
        }
        return outletName is not null && Letters(text) == Letters(outletName);
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);

    private static string TitleCase(string[] words) => string.Join(' ', words.Select(w =>
        string.Join('-', w.Split('-').Select(part => part.Length == 0 ? part
            : char.ToUpperInvariant(part[0]) + part[1..].ToLower(CultureInfo.InvariantCulture)))));
}
