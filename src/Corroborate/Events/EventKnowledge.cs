using System.Collections.Frozen;
using System.Reflection;
using Corroborate.Language.Knowledge;

namespace Corroborate.Events;

/// <summary>What a verb's object (or an event noun's "of" phrase) must be for a pattern to apply.</summary>
internal enum ObjectClass
{
    Any,
    None,
    Person,
    Accord,
    Talks,
    Aid,
    Force,
    Sanction,
    Demand,
}

/// <summary>A public figure's country (null for an international body's officer) and sector, from leaders.tsv.</summary>
internal sealed record Leader(string? Country, string Sector);

/// <summary>One row of event-verbs.tsv: a word that reports an event when its object fits.</summary>
internal sealed record EventPattern(string Word, bool Noun, ObjectClass Object, string Event, string? Mode, string Cameo, string? CountRole);

/// <summary>
/// The built-in event knowledge (Events/Knowledge/*.tsv, written by us): event verbs and nouns with
/// their PLOVER and CAMEO codes, the nouns that name an actor's sector, and the word classes objects are
/// tested against. Loaded once; immutable.
/// </summary>
internal sealed class EventKnowledge
{
    private readonly FrozenDictionary<string, EventPattern[]> _verbs;
    private readonly FrozenDictionary<string, EventPattern[]> _nouns;
    private readonly FrozenDictionary<string, string> _sectors;
    private readonly FrozenDictionary<string, Leader> _leaders;

    private EventKnowledge(FrozenDictionary<string, EventPattern[]> verbs, FrozenDictionary<string, EventPattern[]> nouns, FrozenDictionary<string, string> sectors,
        FrozenDictionary<string, Leader> leaders)
    {
        _verbs = verbs;
        _nouns = nouns;
        _sectors = sectors;
        _leaders = leaders;
    }

    private static readonly Lazy<EventKnowledge> LazyDefault = new(() => Load(name =>
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Corroborate.Events.{name}.tsv")
            ?? throw new InvalidDataException($"{name}.tsv: missing from the assembly.");
        return new StreamReader(stream);
    }));

    public static EventKnowledge Default => LazyDefault.Value;

    /// <summary>The patterns of a verb lemma or phrasal verb (<c>hand_over</c>), in table order.</summary>
    public EventPattern[] Verb(string lemma) => _verbs.GetValueOrDefault(lemma, []);

    /// <summary>The patterns of an event noun in any case, as listed or by its singular ("protests" → protest).</summary>
    public EventPattern[] Noun(string word) => Find(_nouns, word) ?? [];

    /// <summary>The sector a noun names (<c>soldiers</c> → MIL), trying its singular too; null when none.</summary>
    public string? Sector(string noun) => Find(_sectors, noun);

    /// <summary>The country and sector of a public figure named as leaders.tsv lists them ("Vladimir Putin", "Putin"); null when not listed.</summary>
    public Leader? LeaderNamed(string name) => _leaders.GetValueOrDefault(name);

    private static T? Find<T>(FrozenDictionary<string, T> table, string word) where T : class
    {
        var lower = word.ToLowerInvariant();
        if (table.TryGetValue(lower, out var found))
        {
            return found;
        }
        foreach (var singular in Singulars(lower))
        {
            if (table.TryGetValue(singular, out found))
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Whether a noun (any case, plural or singular) is in a word class.</summary>
    public static bool Is(ObjectClass kind, string noun)
    {
        var set = kind switch
        {
            ObjectClass.Person => PersonNouns,
            ObjectClass.Accord => AccordNouns,
            ObjectClass.Talks => TalksNouns,
            ObjectClass.Aid => AidNouns,
            ObjectClass.Force => ForceNouns,
            ObjectClass.Sanction => SanctionNouns,
            ObjectClass.Demand => DemandNouns,
            _ => null,
        };
        if (set is null)
        {
            return false;
        }
        var lower = noun.ToLowerInvariant();
        return set.Contains(lower) || Singulars(lower).Any(set.Contains);
    }

    /// <summary>Candidate singulars of an English plural: "prisoners" → prisoner, "ceasefires" → ceasefire,
    /// "militias" → militia, "casualties" → casualty, "servicemen" → serviceman.</summary>
    public static IEnumerable<string> Singulars(string lower)
    {
        if (lower.EndsWith("men", StringComparison.Ordinal))
        {
            yield return lower[..^3] + "man";
        }
        if (lower.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return lower[..^3] + "y";
        }
        if (lower.EndsWith("es", StringComparison.Ordinal))
        {
            yield return lower[..^2];
        }
        if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return lower[..^1];
        }
    }

    private static readonly FrozenSet<string> PersonNouns = FrozenSet.Create(StringComparer.Ordinal,
        "people", "person", "prisoner", "captive", "hostage", "detainee", "individual", "soldier", "serviceman",
        "civilian", "citizen", "national", "man", "woman", "child", "children", "fighter", "troop", "pow", "inmate",
        "journalist", "activist", "protester", "resident", "refugee", "migrant", "officer", "member", "leader",
        "sailor", "pilot", "crew", "worker", "student", "opposition", "dissident", "suspect", "militant", "rebel",
        "them", "those", "others", "other", "compatriot", "servicemen", "military", "personnel", "villager", "farmer",
        "family", "families", "passenger", "tourist", "diplomat", "ambassador", "official", "minister", "priest", "teacher");

    private static readonly FrozenSet<string> AccordNouns = FrozenSet.Create(StringComparer.Ordinal,
        "agreement", "deal", "treaty", "accord", "ceasefire", "cease-fire", "truce", "pact", "memorandum",
        "protocol", "arrangement", "understanding", "settlement", "compromise", "declaration", "statement");

    private static readonly FrozenSet<string> TalksNouns = FrozenSet.Create(StringComparer.Ordinal,
        "talk", "talks", "negotiation", "meeting", "dialogue", "consultation", "discussion", "summit", "conversation");

    private static readonly FrozenSet<string> AidNouns = FrozenSet.Create(StringComparer.Ordinal,
        "aid", "assistance", "support", "supply", "supplies", "help", "relief", "food", "medicine", "fund", "loan", "vaccine", "weapon", "arms",
        "dollar", "money", "euro", "grant", "asylum", "shelter", "refuge", "million", "billion", "equipment", "intelligence");

    private static readonly FrozenSet<string> ForceNouns = FrozenSet.Create(StringComparer.Ordinal,
        "troop", "force", "soldier", "army", "weapon", "war", "offensive", "attack", "strike", "operation",
        "assault", "invasion", "campaign", "raid", "airstrike", "missile", "rocket", "unit", "tank");

    private static readonly FrozenSet<string> DemandNouns = FrozenSet.Create(StringComparer.Ordinal,
        "demand", "request", "condition", "ultimatum", "call", "plea", "appeal", "terms");

    private static readonly FrozenSet<string> SanctionNouns = FrozenSet.Create(StringComparer.Ordinal,
        "sanction", "embargo", "restriction", "tariff", "ban", "blockade", "curfew", "measure");

    /// <summary>Builds the knowledge from the tables <paramref name="open"/> gives by name (<c>event-verbs</c>, <c>agents</c>, <c>leaders</c>).</summary>
    internal static EventKnowledge Load(Func<string, TextReader> open)
    {
        KnowledgeTable Read(string name, params string[] columns)
        {
            using var reader = open(name);
            return KnowledgeTable.Read(name, reader, columns);
        }

        var verbs = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        var nouns = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        var table = Read("event-verbs", "word", "kind", "object", "event", "mode", "cameo", "count");
        int word = table.Column("word"), kind = table.Column("kind"), obj = table.Column("object"), ev = table.Column("event"),
            mode = table.Column("mode"), cameo = table.Column("cameo"), count = table.Column("count");
        foreach (var (line, cells) in table.Rows)
        {
            var objectClass = cells[obj] switch
            {
                "*" => ObjectClass.Any,
                "-" => ObjectClass.None,
                "PERSON" => ObjectClass.Person,
                "ACCORD" => ObjectClass.Accord,
                "TALKS" => ObjectClass.Talks,
                "AID" => ObjectClass.Aid,
                "FORCE" => ObjectClass.Force,
                "SANCTION" => ObjectClass.Sanction,
                "DEMAND" => ObjectClass.Demand,
                _ => throw table.Error(line, $"unknown object class '{cells[obj]}'."),
            };
            if (!PloverEvents.Contains(cells[ev]))
            {
                throw table.Error(line, $"unknown PLOVER event '{cells[ev]}'.");
            }
            if (cells[cameo].Length is < 2 or > 4 || !cells[cameo].All(char.IsAsciiDigit))
            {
                throw table.Error(line, $"CAMEO code '{cells[cameo]}' is not 2 to 4 digits.");
            }
            var noun = cells[kind] switch
            {
                "VERB" => false,
                "NOUN" => true,
                _ => throw table.Error(line, $"kind '{cells[kind]}' is neither VERB nor NOUN."),
            };
            var pattern = new EventPattern(cells[word], noun, objectClass, cells[ev], cells[mode] == "-" ? null : cells[mode],
                cells[cameo], cells[count] == "-" ? null : cells[count]);
            var into = noun ? nouns : verbs;
            if (!into.TryGetValue(pattern.Word, out var list))
            {
                into[pattern.Word] = list = [];
            }
            list.Add(pattern);
        }

        var sectors = new Dictionary<string, string>(StringComparer.Ordinal);
        var agents = Read("agents", "words", "sector");
        int words = agents.Column("words"), sector = agents.Column("sector");
        foreach (var (line, cells) in agents.Rows)
        {
            foreach (var w in KnowledgeTable.List(cells[words]))
            {
                if (!sectors.TryAdd(w.ToLowerInvariant(), cells[sector]))
                {
                    throw agents.Error(line, $"'{w}' is already listed with sector {sectors[w.ToLowerInvariant()]}.");
                }
            }
        }
        var leaders = new Dictionary<string, Leader>(StringComparer.Ordinal);
        var people = Read("leaders", "names", "country", "sector");
        int names = people.Column("names"), country = people.Column("country"), role = people.Column("sector");
        foreach (var (line, cells) in people.Rows)
        {
            var code = cells[country];
            if (code != "-" && (code.Length != 3 || !code.All(char.IsAsciiLetterUpper)))
            {
                throw people.Error(line, $"country '{code}' is neither an ISO3 code nor -.");
            }
            if (cells[role] is not ("GOV" or "OPP" or "REB" or "REL" or "IGO"))
            {
                throw people.Error(line, $"sector '{cells[role]}' is not one of GOV, OPP, REB, REL, IGO.");
            }
            var leader = new Leader(code == "-" ? null : code, cells[role]);
            foreach (var name in KnowledgeTable.List(cells[names]))
            {
                if (!leaders.TryAdd(name, leader))
                {
                    throw people.Error(line, $"'{name}' is already listed.");
                }
            }
        }
        return new EventKnowledge(
            verbs.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            nouns.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            sectors.ToFrozenDictionary(StringComparer.Ordinal),
            leaders.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The sixteen PLOVER event categories.</summary>
    public static readonly FrozenSet<string> PloverEvents = FrozenSet.Create(StringComparer.Ordinal,
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
}
