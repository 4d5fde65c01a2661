using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Corroborate.Language.Knowledge;

/// <summary>
/// The names the entity recognizer knows before it reads a word: countries and their demonyms, capitals
/// and cities, regions and geography, organizations, and the titles that stand next to people's names.
/// Built once from the tables compiled into the library (<c>Language/Knowledge/*.tsv</c>); immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Names are word sequences as the <see cref="Tokenizer"/> cuts them ("Nagorno-Karabakh" is three words,
/// "U.S." one), matched case-sensitively so that "turkey" the bird and "us" are not places; a country of five
/// letters or more also matches in lower case ("vietnam"), unless it is an English word or name. An all-capitals
/// form of a name of four letters or more also matches (datelines: "BAKU, Dec 7"). Titles are matched in any
/// case, since mid-sentence they are lower case ("expert Ilyas Huseynov"). Apostrophe and hyphen variants
/// compare equal. "the" is part of a name only where the table writes it as "The" ("The Hague"); written
/// "the States", the article must precede but is left out of the match. When two tables claim the same
/// words, the kind earlier in <see cref="GazetteerKind"/> wins (country over capital over region); a claim
/// across different countries is recorded in <see cref="Conflicts"/>, which the tests require to be empty,
/// so every such overlap is a decision written into the tables.
/// </remarks>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(() => Load(OpenEmbedded));

    private static readonly FrozenSet<string> OrganizationKinds =
        FrozenSet.ToFrozenSet(["IGO", "NGO", "MEDIA", "COURT", "GOV", "MIL", "PARTY", "ARMED", "BUS", "REL", "EDU", "SPORT"]);

    private static readonly FrozenSet<string> TitleTypes = FrozenSet.ToFrozenSet(["HONORIFIC", "TITLE", "ROLE"]);

    private static readonly FrozenSet<string> Sectors =
        FrozenSet.ToFrozenSet(["GOV", "MIL", "JUD", "LEG", "MED", "EDU", "BUS", "REL", "NGO", "-"]);

    private readonly FrozenDictionary<string, Candidate[]> _names;
    private readonly FrozenDictionary<string, Candidate[]> _titles;
    private readonly FrozenDictionary<string, CountryInfo> _countries;
    private readonly FrozenDictionary<string, string> _people;

    private Gazetteer(FrozenDictionary<string, Candidate[]> names, FrozenDictionary<string, Candidate[]> titles,
        ImmutableArray<CountryInfo> countries, FrozenDictionary<string, CountryInfo> countryLookup, ImmutableArray<string> conflicts,
        FrozenDictionary<string, string> people)
    {
        _names = names;
        _titles = titles;
        _people = people;
        Countries = countries;
        _countries = countryLookup;
        Conflicts = conflicts;
    }

    /// <summary>The gazetteer of the tables compiled into the library, built on first use.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>The countries table, in its order.</summary>
    public IReadOnlyList<CountryInfo> Countries { get; }

    /// <summary>Words claimed by entries of different countries (or of none) that the tables do not settle; empty
    /// for the shipped tables.</summary>
    public IReadOnlyList<string> Conflicts { get; }

    /// <summary>
    /// The known names and titles in a sentence's words, in order: at each word the longest entry that
    /// matches there, and matches do not overlap. A name beats a title of the same length; a title is not
    /// matched right after a number.
    /// </summary>
    public IReadOnlyList<GazetteerMatch> Find(IReadOnlyList<string> words)
    {
        List<GazetteerMatch>? found = null;
        var i = 0;
        while (i < words.Count)
        {
            var best = Best(words, i);
            if (best is null)
            {
                i++;
                continue;
            }
            (found ??= []).Add(new GazetteerMatch(i, i + best.Words.Length, best.Entry));
            i += best.Words.Length;
        }
        return found is null ? [] : found.ToArray();
    }

    /// <summary>The entry a whole phrase names ("Baku", "Nagorno-Karabakh", "foreign minister", "the States"), or null.</summary>
    public GazetteerEntry? Lookup(string phrase)
    {
        var words = Words(phrase);
        for (var start = 0; start < Math.Min(2, words.Length); start++)
        {
            // A leading "the" is the phrase's, as in a sentence: "the European Union", "the States".
            if (start == 1 && !words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            var best = Best(words, start);
            if (best is not null && start + best.Words.Length == words.Length)
            {
                return best.Entry;
            }
        }
        return null;
    }

    /// <summary>A country by ISO3 code, name, alternative name or demonym, in any case ("ARM", "Armenia",
    /// "armenians"); demonyms another country owns (see the table) give that country.</summary>
    public bool TryCountry(string nameCodeOrDemonym, [MaybeNullWhen(false)] out CountryInfo country) =>
        _countries.TryGetValue(nameCodeOrDemonym.Trim(), out country);

    /// <summary>Whether a word (in any case) is a common given name, surname or both: <c>given</c>,
    /// <c>surname</c>, <c>given+surname</c>, or null. A hint for the entity recognizer, not an entity.</summary>
    public string? PersonName(string word) => _people.GetValueOrDefault(word);

    /// <summary>Builds a gazetteer from the tables <paramref name="open"/> gives by name (<c>countries</c>,
    /// <c>places</c>, <c>organizations</c>, <c>titles</c>, <c>people</c>).</summary>
    internal static Gazetteer Load(Func<string, TextReader> open)
    {
        KnowledgeTable Read(string name, params string[] columns)
        {
            using var reader = open(name);
            return KnowledgeTable.Read(name, reader, columns);
        }

        var names = new IndexBuilder(WordComparer.Exact, upperCaseForms: true);
        var titles = new IndexBuilder(WordComparer.IgnoreCase, upperCaseForms: false);
        var countries = ReadCountries(Read("countries", "iso3", "iso2", "name", "aliases", "demonyms", "capital", "cities"), names);
        var known = countries.Select(c => c.Iso3).ToFrozenSet();
        ReadPlaces(Read("places", "names", "label", "type", "country"), known, names);
        ReadOrganizations(Read("organizations", "names", "kind", "country"), known, names);
        ReadTitles(Read("titles", "names", "type", "sector"), titles);
        var people = ReadPeople(Read("people", "names", "kind"));

        var lookup = new Dictionary<string, CountryInfo>(WordComparer.IgnoreCase);
        foreach (var country in countries)
        {
            lookup.TryAdd(country.Iso3, country);
        }
        // Names before demonyms, and owned words only, so that "Dominican" is the Dominican Republic.
        foreach (var country in countries)
        {
            foreach (var name in names.OwnedNames(country.Iso3, GazetteerKind.Country))
            {
                lookup.TryAdd(name, country);
            }
        }
        foreach (var country in countries)
        {
            foreach (var name in names.OwnedNames(country.Iso3, GazetteerKind.Demonym))
            {
                lookup.TryAdd(name, country);
            }
        }

        var conflicts = names.Conflicts.Concat(titles.Conflicts).ToImmutableArray();
        return new Gazetteer(names.Build(), titles.Build(), [.. countries], lookup.ToFrozenDictionary(WordComparer.IgnoreCase), conflicts, people);
    }

    private static FrozenDictionary<string, string> ReadPeople(KnowledgeTable table)
    {
        int list = table.Column("names"), kind = table.Column("kind");
        var people = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cells) in table.Rows)
        {
            var value = cells[kind] switch
            {
                "GIVEN" => "given",
                "SURNAME" => "surname",
                _ => throw table.Error(line, $"kind '{cells[kind]}' is neither GIVEN nor SURNAME."),
            };
            foreach (var name in KnowledgeTable.List(cells[list]))
            {
                people[name] = people.TryGetValue(name, out var held) && held != value ? "given+surname" : value;
            }
        }
        return people.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static List<CountryInfo> ReadCountries(KnowledgeTable table, IndexBuilder names)
    {
        int iso3 = table.Column("iso3"), iso2 = table.Column("iso2"), name = table.Column("name"), aliases = table.Column("aliases"),
            demonyms = table.Column("demonyms"), capital = table.Column("capital"), cities = table.Column("cities");
        var countries = new List<CountryInfo>();
        foreach (var (line, cells) in table.Rows)
        {
            var code = cells[iso3];
            if (!IsCode(code, 3) || !IsCode(cells[iso2], 2))
            {
                throw table.Error(line, $"'{code}' / '{cells[iso2]}' are not ISO 3166-1 alpha-3 / alpha-2 codes.");
            }
            if (cells[name].Length == 0 || cells[name][0] == '~')
            {
                throw table.Error(line, "a country needs a name of its own.");
            }
            var country = new GazetteerEntry(GazetteerKind.Country, cells[name]) { Label = EntityLabel.GPE, Country = code };
            names.Add(cells[name], country);
            var aliasList = KnowledgeTable.List(cells[aliases]);
            foreach (var alias in aliasList)
            {
                names.Add(alias, country);
            }
            var demonymList = KnowledgeTable.List(cells[demonyms]);
            foreach (var demonym in demonymList)
            {
                names.Add(demonym, new GazetteerEntry(GazetteerKind.Demonym, Unmarked(demonym)) { Label = EntityLabel.NORP, Country = code });
            }
            var capitalName = AddPlaces(cells[capital], GazetteerKind.Capital, code, names).FirstOrDefault();
            var cityNames = AddPlaces(cells[cities], GazetteerKind.City, code, names);
            countries.Add(new CountryInfo(code, cells[iso2], cells[name], [.. aliasList.Select(Unmarked)], [.. demonymList.Select(Unmarked)],
                capitalName, [.. cityNames]));
        }
        return countries;
    }

    /// <summary>Adds the places of a capital or cities cell ("Kyiv/Kiev|Lviv"), returning their canonical names.</summary>
    private static List<string> AddPlaces(string cell, GazetteerKind kind, string country, IndexBuilder names)
    {
        var canonical = new List<string>();
        foreach (var place in KnowledgeTable.List(cell))
        {
            var spellings = place.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var entry = new GazetteerEntry(kind, Unmarked(spellings[0])) { Label = EntityLabel.GPE, Country = country };
            foreach (var spelling in spellings)
            {
                names.Add(spelling, entry);
            }
            canonical.Add(entry.Name);
        }
        return canonical;
    }

    private static void ReadPlaces(KnowledgeTable table, FrozenSet<string> countries, IndexBuilder names)
    {
        int list = table.Column("names"), label = table.Column("label"), type = table.Column("type"), country = table.Column("country");
        foreach (var (line, cells) in table.Rows)
        {
            var placeLabel = cells[label] switch
            {
                "GPE" => EntityLabel.GPE,
                "LOC" => EntityLabel.LOC,
                _ => throw table.Error(line, $"label '{cells[label]}' is neither GPE nor LOC."),
            };
            var placeType = cells[type];
            var kind = placeLabel == EntityLabel.LOC ? GazetteerKind.Place
                : placeType.StartsWith("city", StringComparison.Ordinal) || placeType.StartsWith("town", StringComparison.Ordinal) ? GazetteerKind.City
                : GazetteerKind.Region;
            AddRow(table, line, cells[list], new GazetteerEntry(kind, "") { Label = placeLabel, Country = CountryCell(table, line, cells[country], countries), Type = placeType }, names);
        }
    }

    private static void ReadOrganizations(KnowledgeTable table, FrozenSet<string> countries, IndexBuilder names)
    {
        int list = table.Column("names"), kind = table.Column("kind"), country = table.Column("country");
        foreach (var (line, cells) in table.Rows)
        {
            if (!OrganizationKinds.Contains(cells[kind]))
            {
                throw table.Error(line, $"unknown organization kind '{cells[kind]}'.");
            }
            AddRow(table, line, cells[list], new GazetteerEntry(GazetteerKind.Organization, "")
            {
                Label = EntityLabel.ORG,
                Country = CountryCell(table, line, cells[country], countries),
                Type = cells[kind],
            }, names);
        }
    }

    private static void ReadTitles(KnowledgeTable table, IndexBuilder titles)
    {
        int list = table.Column("names"), type = table.Column("type"), sector = table.Column("sector");
        foreach (var (line, cells) in table.Rows)
        {
            if (!TitleTypes.Contains(cells[type]) || !Sectors.Contains(cells[sector]))
            {
                throw table.Error(line, $"unknown title type '{cells[type]}' or sector '{cells[sector]}'.");
            }
            AddRow(table, line, cells[list], new GazetteerEntry(GazetteerKind.Title, "")
            {
                Type = cells[type],
                Sector = cells[sector] == "-" ? null : cells[sector],
            }, titles);
        }
    }

    /// <summary>Adds a row's names to an index under one entry, named after the first.</summary>
    private static void AddRow(KnowledgeTable table, int line, string cell, GazetteerEntry template, IndexBuilder index)
    {
        var list = KnowledgeTable.List(cell);
        if (list.Length == 0)
        {
            throw table.Error(line, "a row needs a name.");
        }
        var entry = template with { Name = Unmarked(list[0]) };
        foreach (var name in list)
        {
            index.Add(name, entry);
        }
    }

    private static string? CountryCell(KnowledgeTable table, int line, string cell, FrozenSet<string> countries) =>
        cell == "-" ? null
        : countries.Contains(cell) ? cell
        : throw table.Error(line, $"country '{cell}' is not in countries.tsv.");

    private static bool IsCode(string code, int length) => code.Length == length && code.All(char.IsAsciiLetterUpper);

    /// <summary>A name without its table marks (<c>~</c>: not matched; <c>^</c>: matched only capitalized).</summary>
    private static string Unmarked(string name) => name.TrimStart('~', '^');

    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(s => text.Substring(s.Start, s.Length))];

    private Candidate? Best(IReadOnlyList<string> words, int i)
    {
        var name = Longest(_names, words, i);
        // A title does not follow a number: "5:00 PM" is a time, not a prime minister.
        var title = i > 0 && words[i - 1].Length > 0 && char.IsAsciiDigit(words[i - 1][0]) ? null : Longest(_titles, words, i);
        return title is not null && (name is null || title.Words.Length > name.Words.Length) ? title : name;
    }

    private static Candidate? Longest(FrozenDictionary<string, Candidate[]> index, IReadOnlyList<string> words, int i)
    {
        if (words[i].Length == 0 || !index.TryGetValue(words[i], out var candidates))
        {
            return null;
        }
        foreach (var candidate in candidates)
        {
            if (candidate.Matches(words, i))
            {
                return candidate;
            }
        }
        return null;
    }

    private static TextReader OpenEmbedded(string table)
    {
        var resource = $"Corroborate.Knowledge.{table}.tsv";
        var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The library has no embedded resource {resource}.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>A word sequence that names an entry, under its first word in an index.</summary>
    private sealed class Candidate(string[] words, GazetteerEntry entry, bool afterThe, bool capitalized, WordComparer comparer)
    {
        public string[] Words { get; } = words;

        public GazetteerEntry Entry { get; } = entry;

        /// <summary>Whether "the" must come just before ("the States").</summary>
        public bool AfterThe { get; } = afterThe;

        /// <summary>Whether the first word must be written with a capital ("General", not "general election").</summary>
        public bool Capitalized { get; } = capitalized;

        /// <summary>Whether the candidate matches at word <paramref name="i"/>, whose first word the index lookup has matched.</summary>
        public bool Matches(IReadOnlyList<string> words, int i)
        {
            if (i + Words.Length > words.Count
                || Capitalized && !char.IsUpper(words[i][0])
                || AfterThe && (i == 0 || !words[i - 1].Equals("the", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
            for (var k = 1; k < Words.Length; k++)
            {
                if (!comparer.Equals(words[i + k], Words[k]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Collects word sequences for one index, settling claims on the same words.</summary>
    private sealed class IndexBuilder(WordComparer comparer, bool upperCaseForms)
    {
        // Country names that are also common words or given names, not matched in lower case.
        private static readonly FrozenSet<string> CommonWords = FrozenSet.ToFrozenSet(
            ["china", "turkey", "jordan", "guinea", "georgia", "panama", "chile", "niger"], StringComparer.Ordinal);

        private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
        private readonly List<string> _conflicts = [];

        public IReadOnlyList<string> Conflicts => _conflicts;

        /// <summary>Adds a table name for an entry, with its table marks (<c>~</c> skips it, <c>^</c> wants a capital).</summary>
        public void Add(string name, GazetteerEntry entry)
        {
            if (name.StartsWith('~'))
            {
                return;
            }
            var capitalized = name.StartsWith('^');
            var words = Words(Unmarked(name));
            if (words.Length == 0)
            {
                return;
            }
            if (words[0] == "the")
            {
                AddWords(words[1..], entry, afterThe: true, capitalized);
                return;
            }
            AddWords(words, entry, afterThe: false, capitalized);
            if (words[0] == "The" && words.Length > 1)
            {
                // "in the Hague": the lower-case article is the sentence's, not the name's.
                AddWords(words[1..], entry, afterThe: true, capitalized);
            }
        }

        /// <summary>The exact (not derived) names an entry of a country and kind owns after all claims are settled.</summary>
        public IEnumerable<string> OwnedNames(string country, GazetteerKind kind) =>
            _slots.Values.Where(s => !s.Derived && !s.Candidate.AfterThe && s.Candidate.Entry.Kind == kind && s.Candidate.Entry.Country == country)
                .OrderBy(s => s.Order).Select(s => string.Join(' ', s.Candidate.Words));

        public FrozenDictionary<string, Candidate[]> Build() =>
            _slots.Values.GroupBy(s => s.Candidate.Words[0], comparer)
                .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.Candidate.Words.Length).ThenBy(s => s.Order).Select(s => s.Candidate).ToArray(), comparer);

        private void AddWords(string[] words, GazetteerEntry entry, bool afterThe, bool capitalized)
        {
            if (words.Length == 0)
            {
                return;
            }
            Claim(words, entry, afterThe, capitalized, derived: false);
            if (upperCaseForms && entry.Kind == GazetteerKind.Country && words.Sum(w => w.Count(char.IsLetter)) >= 5)
            {
                // Web text writes countries in lower case ("a man from brittany france"); those that are
                // also English words or names ("china", "turkey", "jordan") are left out.
                var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
                if (!lower.SequenceEqual(words, StringComparer.Ordinal) && !(lower.Length == 1 && CommonWords.Contains(lower[0])))
                {
                    Claim(lower, entry, afterThe, capitalized, derived: true);
                }
            }
            if (upperCaseForms && words.Sum(w => w.Count(char.IsLetter)) >= 4)
            {
                var upper = words.Select(w => w.ToUpperInvariant()).ToArray();
                if (!upper.SequenceEqual(words, StringComparer.Ordinal))
                {
                    Claim(upper, entry, afterThe, capitalized, derived: true);
                }
            }
        }

        private void Claim(string[] words, GazetteerEntry entry, bool afterThe, bool capitalized, bool derived)
        {
            var key = (afterThe ? "the " : "") + string.Join(' ', words.Select(comparer.Normalize));
            var slot = new Slot(new Candidate(words, entry, afterThe, capitalized, comparer), derived, _slots.Count);
            if (!_slots.TryGetValue(key, out var held))
            {
                _slots[key] = slot;
                return;
            }
            var heldEntry = held.Candidate.Entry;
            if (held.Derived || derived)
            {
                // An all-capitals form yields to a name written so ("GUAM" the organization over Guam's
                // "GUAM"); between two such forms the first stays.
                if (held.Derived && !derived)
                {
                    _slots[key] = slot with { Order = held.Order };
                }
                return;
            }
            if (heldEntry == entry)
            {
                return;
            }
            var wins = (int)entry.Kind < (int)heldEntry.Kind;
            if (entry.Country is null || entry.Country != heldEntry.Country)
            {
                var (kept, lost) = wins ? (entry, heldEntry) : (heldEntry, entry);
                _conflicts.Add($"\"{string.Join(' ', words)}\": {Describe(kept)} is kept over {Describe(lost)}");
            }
            if (wins)
            {
                _slots[key] = slot with { Order = held.Order };
            }
        }

        private static string Describe(GazetteerEntry entry) => $"{entry.Kind} {entry.Name} ({entry.Country ?? "no country"})";

        private readonly record struct Slot(Candidate Candidate, bool Derived, int Order);
    }
}
