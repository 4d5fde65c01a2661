using Corroborate.Documents;

namespace Corroborate.Ingest.Metadata;

/// <summary>
/// News outlets and agencies that articles commonly cite or syndicate, with their web domains.
/// Written by the Corroborate authors from public facts; used to give a domain to an outlet named in
/// the text, a name to a domain, and to tell a cited news outlet from a cited person or body.
/// </summary>
internal static class KnownOutlets
{
    // Sputnik has no domain here: its national editions (Kazakhstan, Armenia, …) live on different sites.
    private static readonly (string Name, string? Domain, string[] Aliases)[] Table =
    [
        ("BBC", "bbc.com", ["BBC News", "the BBC", "BBC World Service", "BBC Russian"]),
        ("Reuters", "reuters.com", ["Thomson Reuters"]),
        ("Associated Press", "apnews.com", ["AP", "the Associated Press"]),
        ("Agence France-Presse", "afp.com", ["AFP", "France-Presse"]),
        ("Azertag", "azertag.az", ["AZERTAC", "Azertac", "AZERTAG"]),
        ("AzerNews", "azernews.az", ["Azernews"]),
        ("MENAFN", "menafn.com", ["Middle East North Africa Financial Network"]),
        ("Trend", "trend.az", ["Trend News Agency"]),
        ("APA", "apa.az", ["APA news agency"]),
        ("Report.az", "report.az", []),
        ("Armenpress", "armenpress.am", ["ARMENPRESS"]),
        ("News.am", "news.am", []),
        ("TASS", "tass.com", ["ITAR-TASS"]),
        ("RIA Novosti", "ria.ru", ["RIA"]),
        ("Interfax", "interfax.ru", []),
        ("Sputnik", null, ["Sputnik News", "Sputnik International"]),
        ("RT", "rt.com", ["Russia Today"]),
        ("CNN", "cnn.com", []),
        ("Al Jazeera", "aljazeera.com", []),
        ("Anadolu Agency", "aa.com.tr", ["Anadolu"]),
        ("Xinhua", "xinhuanet.com", ["Xinhua News Agency"]),
        ("Deutsche Welle", "dw.com", ["DW"]),
        ("Radio Free Europe/Radio Liberty", "rferl.org", ["RFE/RL", "Radio Liberty", "Radio Free Europe"]),
        ("Eurasianet", "eurasianet.org", []),
        ("OC Media", "oc-media.org", []),
        ("The Guardian", "theguardian.com", ["Guardian"]),
        ("The New York Times", "nytimes.com", ["New York Times", "NYT"]),
        ("The Washington Post", "washingtonpost.com", ["Washington Post"]),
        ("Bloomberg", "bloomberg.com", []),
        ("Financial Times", "ft.com", ["FT"]),
        ("The Wall Street Journal", "wsj.com", ["Wall Street Journal", "WSJ"]),
        ("New York Post", "nypost.com", []),
        ("PanARMENIAN.Net", "panarmenian.net", ["PanARMENIAN"]),
        ("Polygraph.info", "polygraph.info", []),
        ("Al Bawaba", "albawaba.com", []),
        ("NPR", "npr.org", ["National Public Radio"]),
    ];

    // Further domains of outlets above; an article found there keeps the domain it came from.
    private static readonly (string Domain, string Name)[] OtherDomains =
    [
        ("sputniknews.com", "Sputnik"), ("sputnik.kz", "Sputnik"), ("sputnik.az", "Sputnik"), ("sputnik.by", "Sputnik"),
        ("sputniknews.ru", "Sputnik"), ("sputnik-georgia.com", "Sputnik"), ("ap.org", "Associated Press"),
        ("bbc.co.uk", "BBC"), ("azertag.gov.az", "Azertag"), ("tass.ru", "TASS"), ("interfax.com", "Interfax"),
        ("aljazeera.net", "Al Jazeera"),
    ];

    private static readonly Dictionary<string, Outlet> ByName = BuildByName();

    /// <summary>Every name and alias, longest first (so a suffix match finds "Associated Press" before "AP").</summary>
    public static IReadOnlyList<string> NamesAndAliases { get; } =
        [.. Table.SelectMany(t => t.Aliases.Prepend(t.Name)).Distinct().OrderByDescending(n => n.Length)];
    private static readonly Dictionary<string, Outlet> ByDomain = BuildByDomain();

    /// <summary>The outlet known by this name or alias (case-insensitive; a leading "the" ignored).</summary>
    public static Outlet? FindByName(string name)
    {
        var key = name.Trim();
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            key = key[4..];
        }
        return ByName.GetValueOrDefault(key);
    }

    /// <summary>The outlet at this domain or one of its subdomains (<c>www.bbc.com</c>, <c>news.bbc.com</c>).</summary>
    public static Outlet? FindByDomain(string domain)
    {
        var host = domain.Trim().TrimEnd('.').ToLowerInvariant();
        while (true)
        {
            if (ByDomain.TryGetValue(host, out var outlet))
            {
                return outlet;
            }
            var dot = host.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || host.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }
            host = host[(dot + 1)..];
        }
    }

    /// <summary>The host of <paramref name="url"/> without <c>www.</c>, or null.</summary>
    public static string? DomainOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)
            || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static Dictionary<string, Outlet> BuildByDomain()
    {
        var map = Table.Where(t => t.Domain is not null)
            .ToDictionary(t => t.Domain!, t => new Outlet(t.Name, t.Domain), StringComparer.OrdinalIgnoreCase);
        foreach (var (domain, name) in OtherDomains)
        {
            var outlet = Table.FirstOrDefault(t => t.Name == name);
            map.TryAdd(domain, new Outlet(outlet.Name ?? name, outlet.Domain ?? domain));
        }
        return map;
    }

    private static Dictionary<string, Outlet> BuildByName()
    {
        var map = new Dictionary<string, Outlet>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, domain, aliases) in Table)
        {
            var outlet = new Outlet(name, domain);
            map[name] = outlet;
            if (name.StartsWith("The ", StringComparison.Ordinal))
            {
                map[name[4..]] = outlet;
            }
            foreach (var alias in aliases)
            {
                map[alias.StartsWith("the ", StringComparison.Ordinal) ? alias[4..] : alias] = outlet;
            }
        }
        return map;
    }
}
