using Corroborate.Documents;
using Corroborate.Ingest.Cleaning;
using Corroborate.Ingest.Metadata;

namespace Corroborate.Ingest;

/// <summary>
/// Turns what a reader found into an <see cref="Article"/>: normalizes and cleans the body, then settles
/// title, outlet, authors, date, language and attribution from the format's own metadata and what the
/// text reveals (wire headers, datelines, <c>Source:</c> lines, bylines, "citing …").
/// </summary>
/// <remarks>
/// Where the format and the text disagree, the format's structured field wins, except that a wire header
/// in the text (<c>(MENAFN- AzerNews)</c>) names the original outlet even when the page is the
/// syndicator's. Stateless and thread-safe.
/// </remarks>
public static class ArticleBuilder
{
    private const int MaxDerivedTitle = 140;

    /// <summary>Builds the article, or returns null when nothing readable is left after cleaning.</summary>
    public static Article? Build(RawArticle raw)
    {
        var cleaned = NoiseCleaner.Clean(TextNormalizer.Normalize(raw.Body));
        var text = cleaned.Text;
        var rawTitle = raw.Title is null ? null : TextNormalizer.Normalize(raw.Title).Replace('\n', ' ').Trim();
        if (text.Length == 0 && string.IsNullOrEmpty(rawTitle))
        {
            return null;
        }

        var found = cleaned.Found;
        var (outlet, carriedBy) = SettleOutlet(raw, found);
        var title = string.IsNullOrEmpty(rawTitle) ? DeriveTitle(text) : rawTitle;
        var url = raw.Url;
        return new Article
        {
            Title = title ?? "(untitled)",
            TitleDerived = string.IsNullOrEmpty(rawTitle),
            Outlet = outlet,
            Authors = AuthorNames.Clean(raw.Authors.Count > 0 ? raw.Authors : found.Authors, outlet?.Name ?? raw.OutletName),
            Published = raw.Published ?? found.Date,
            Url = url,
            Language = LanguageGuesser.Guess(text, raw.DeclaredLanguage),
            Attribution = new Attribution { CarriedBy = carriedBy, Cited = AttributionFinder.Find(text) },
            Text = text,
            Removals = cleaned.Removals,
            Source = raw.Source,
            RawHash = raw.RawHash,
            ContentHash = Hashing.Sha256(string.Join('\u001F', outlet?.Name ?? "", rawTitle ?? "", url ?? "", text)),
        };
    }

    private static (Outlet? Outlet, Outlet? CarriedBy) SettleOutlet(RawArticle raw, LineMetadata found)
    {
        var domain = raw.OutletDomain ?? KnownOutlets.DomainOf(raw.Url);
        var stated = Resolve(raw.OutletName ?? found.SourceName, domain);

        if (found.OriginalOutlet is { } origin)
        {
            var carrier = Resolve(found.Syndicator, null);
            // The page we read may be the syndicator's own (its domain and site name); keep it as the carrier.
            if (stated is not null && !SameName(stated.Name, origin))
            {
                carrier = carrier is not null && SameName(carrier.Name, stated.Name) ? stated with { Name = carrier.Name } : carrier;
            }
            return (Resolve(origin, null), carrier);
        }
        return (stated, null);
    }

    private static Outlet? Resolve(string? name, string? domain)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            var known = KnownOutlets.FindByName(name);
            // A site label that is no outlet's name ("U.S." on reuters.com, "Hosted" on hosted.ap.org) names
            // an edition or section; the domain names the outlet.
            if (known is null && domain is not null && KnownOutlets.FindByDomain(domain) is { } site)
            {
                return site with { Domain = domain };
            }
            return new Outlet(known?.Name ?? name.Trim(), domain ?? known?.Domain);
        }
        if (domain is not null)
        {
            return KnownOutlets.FindByDomain(domain) is { } byDomain ? byDomain with { Domain = domain } : new Outlet(domain, domain);
        }
        return null;
    }

    private static bool SameName(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)
        || (KnownOutlets.FindByName(a) is { } x && KnownOutlets.FindByName(b) is { } y && x == y);

    /// <summary>The lead sentence, shortened at a word boundary when long.</summary>
    private static string? DeriveTitle(string text)
    {
        var paragraph = text.AsSpan();
        var blank = paragraph.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank >= 0)
        {
            paragraph = paragraph[..blank];
        }
        var end = -1;
        for (var i = 0; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && paragraph[i + 1] == ' ' && i > 20)
            {
                end = i + 1;
                break;
            }
        }
        var sentence = (end > 0 ? paragraph[..end] : paragraph).Trim().ToString();
        if (sentence.Length <= MaxDerivedTitle)
        {
            return sentence.Length == 0 ? null : sentence;
        }
        var cut = sentence.LastIndexOf(' ', MaxDerivedTitle);
        return sentence[..(cut > 40 ? cut : MaxDerivedTitle)].TrimEnd(',', ';', ':') + "…";
    }
}
