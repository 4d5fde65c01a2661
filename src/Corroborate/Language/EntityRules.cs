using Corroborate.Language.Knowledge;

namespace Corroborate.Language;

/// <summary>
/// Combines the statistical recognizer's names with what the gazetteer and the number and date rules
/// know, into the entity label set news needs: countries and cities become GPE, nationality words NORP
/// with their country, airports and bridges FAC; numbers, amounts, dates and times come with their
/// values; titles before or after a name become the person's role.
/// </summary>
/// <remarks>
/// Order of trust: a date or number the rules read wins over a name the model guessed inside it; a name
/// the model found wins over a gazetteer entry that only overlaps it (the model saw the context); a
/// gazetteer name the model missed is added. Stateless and thread-safe.
/// </remarks>
internal static class EntityRules
{
    // Last words that make a place or organization name a building or structure.
    private static readonly HashSet<string> Facilities = new(StringComparer.OrdinalIgnoreCase)
    {
        "Airport", "Airbase", "Bridge", "Prison", "Stadium", "Hospital", "Tower", "Dam", "Palace", "Cathedral", "Mosque",
        "Church", "Temple", "Station", "Terminal", "Port", "Harbour", "Harbor", "Highway", "Motorway", "Tunnel", "Checkpoint",
        "Corridor", "Base", "Square", "Memorial", "Museum", "Arena", "Plant", "Refinery", "Pipeline", "Embassy", "Hall",
    };

    private static readonly HashSet<string> AreaWords = new(StringComparer.Ordinal)
    {
        "district", "region", "province", "village", "town", "city", "county", "oblast", "governorate", "municipality",
        "prefecture", "raion", "rayon",
    };

    // Last words that make a run of capitalized words an organization's name ("Rodale Books", "Israeli Defense
    // Forces", "Housing Authority of New Orleans"): kinds of body, written by us.
    private static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal)
    {
        "Department", "Ministry", "Court", "University", "Authority", "Foundation", "Corporation", "Corp.", "Inc.", "Co.",
        "Ltd.", "Ltd", "LLC", "Group", "Bank", "Association", "Institute", "Agency", "Commission", "Committee", "Council",
        "Party", "Books", "Press", "Airlines", "Airways", "Motors", "Industries", "Forces", "Federation", "Society",
        "Organization", "Organisation", "Company", "Administration", "Bureau", "Offices", "League", "Laboratories",
        "Technologies", "Networks", "Pharmaceuticals", "Holdings", "Partners", "Board", "Coalition", "Alliance", "Brigade",
        "Brigades", "Tribune", "Herald", "Magazine", "Journal", "Motorsports",
    };

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "and", "&", "for", "the" };

    /// <summary>A word that can stand in a name: a capital first, as news writes names ("U.S.", "McDonald").</summary>
    private static bool IsNameWord(string word) => word.Length > 0 && char.IsUpper(word[0]) && word is not ("The" or "A" or "An" or "I");

    /// <summary>
    /// Organizations named by a kind of body at the end, with the capitalized words before it and an "of" phrase after
    /// ("the U.S. Department of Housing and Urban Development", "Rodale Books"): spans of two words or more. The
    /// model knows such names only when it saw them; their last word says what they are.
    /// </summary>
    internal static List<(int Start, int End)> OrganizationNames(IReadOnlyList<string> words)
    {
        var found = new List<(int, int)>();
        for (var i = 1; i < words.Count; i++)
        {
            if (!OrganizationHeads.Contains(words[i]) || found.Count > 0 && found[^1].Item2 > i)
            {
                continue;
            }
            var start = i;
            var suffix = words[i] is "Inc." or "Corp." or "Co." or "Ltd." or "Ltd" or "LLC";
            if (suffix && start > 1 && words[start - 1] == "," && IsNameWord(words[start - 2]))
            {
                start--; // "Google, Inc."
            }
            while (start > 0 && IsNameWord(words[start - 1]))
            {
                start--;
            }
            var end = i + 1;
            if (!suffix && end + 1 < words.Count && words[end] == "of")
            {
                var k = end + 1;
                if (words[k] == "the" && k + 1 < words.Count)
                {
                    k++;
                }
                if (IsNameWord(words[k]))
                {
                    end = k + 1;
                    while (end < words.Count && end - i < 7 && (IsNameWord(words[end]) || NameConnectors.Contains(words[end]) && end + 1 < words.Count && IsNameWord(words[end + 1])))
                    {
                        end++;
                    }
                }
            }
            else if (end < words.Count && IsNameWord(words[end]))
            {
                // "Times Square", "Group Chairman": the run goes on past the word, so the word is not its end.
                continue;
            }
            if (end - start >= 2)
            {
                found.Add((start, end));
            }
        }
        return found;
    }

    private static bool IsCapitalized(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    /// <summary>Names the model cut at a hyphen ("Nagorno" "-" "Karabakh Republic") joined again, with the last part's label.</summary>
    private static List<Entity> JoinHyphenated(IReadOnlyList<string> words, IReadOnlyList<Entity> names)
    {
        var joined = new List<Entity>(names.Count);
        foreach (var name in names)
        {
            if (joined.Count > 0 && joined[^1] is var last && last.End + 1 == name.Start && words[last.End] == "-")
            {
                joined[^1] = name with { Start = last.Start };
                continue;
            }
            joined.Add(name);
        }
        return joined;
    }

    /// <summary>A model name made only of known organizations and places with punctuation between
    /// ("MENAFN - AzerNews") is those names, not one.</summary>
    private static IEnumerable<Entity> SplitKnown(IReadOnlyList<string> words, List<Entity> names, IReadOnlyList<GazetteerMatch> gazetteer)
    {
        foreach (var name in names)
        {
            var inside = gazetteer.Where(m => m.Label is not null && name.Start <= m.Start && m.End <= name.End).ToList();
            var covered = inside.Count > 1 && Enumerable.Range(name.Start, name.Length)
                .All(i => inside.Any(m => m.Start <= i && i < m.End) || words[i].All(char.IsPunctuation));
            if (!covered)
            {
                yield return name;
                continue;
            }
            foreach (var match in inside)
            {
                yield return new Entity(match.Label!.Value, match.Start, match.End) { Value = ValueOf(match) };
            }
        }
    }

    public static IReadOnlyList<Entity> Combine(IReadOnlyList<string> words, IReadOnlyList<Entity> statistical, IReadOnlyList<GazetteerMatch> gazetteer,
        IReadOnlyList<Entity> numeric)
    {
        var taken = new bool[words.Count];
        var result = new List<Entity>();
        void Take(Entity entity)
        {
            for (var i = entity.Start; i < entity.End; i++)
            {
                taken[i] = true;
            }
            result.Add(entity);
        }
        bool Free(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (taken[i])
                {
                    return false;
                }
            }
            return true;
        }

        // Dates and numbers first, except where they only cut into a name ("Channel 4", "Boeing 737").
        foreach (var number in numeric)
        {
            var inName = statistical.Any(e => e.Start < number.End && number.Start < e.End && !(number.Start <= e.Start && e.End <= number.End));
            if (!inName)
            {
                Take(number);
            }
        }
        foreach (var (start, end) in OrganizationNames(words))
        {
            var known = gazetteer.Any(m => m.Start == start && m.End == end && m.Label is not null);
            if (!known && Free(start, end))
            {
                Take(new Entity(EntityLabel.ORG, start, end));
            }
        }
        foreach (var found in SplitKnown(words, JoinHyphenated(words, statistical), gazetteer))
        {
            var name = Extended(found, gazetteer);
            if (!Free(name.Start, name.End))
            {
                continue;
            }
            var entity = Refine(words, name, gazetteer);
            if (entity is not null)
            {
                Take(entity);
            }
        }
        foreach (var match in gazetteer)
        {
            if (match.Label is { } label && Free(match.Start, match.End))
            {
                Take(new Entity(label, match.Start, match.End) { Value = ValueOf(match) });
            }
        }
        // A capitalized name before a word for an administrative area is a place the tables may not know
        // ("the Gadroot district", "Shusha region").
        for (var i = 1; i < words.Count; i++)
        {
            if (AreaWords.Contains(words[i]) && !taken[i - 1] && IsCapitalized(words[i - 1]) && i - 1 > 0 && words[i - 2] is "the" or "The")
            {
                Take(new Entity(EntityLabel.GPE, i - 1, i) { Value = words[i - 1] });
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = 0; k < result.Count; k++)
        {
            // A title binds to a person: a name the model took for a place or organization but that a title
            // stands beside ("Ararat Mirzoyan, the Armenian Foreign Minister") is a person, unless the
            // gazetteer knows it.
            var candidate = result[k].Label == EntityLabel.PER || (result[k].Label is EntityLabel.LOC or EntityLabel.ORG && result[k].Value is null);
            if (candidate && RoleOf(words, result[k], gazetteer, result) is { } role)
            {
                result[k] = result[k] with { Label = EntityLabel.PER, Role = role };
            }
        }
        return result;
    }

    /// <summary>A model name that stops inside a longer known place or organization ("Nagorno-Karabakh" of
    /// "Nagorno-Karabakh Republic") is that name: the table knows where the name ends, the model guessed.</summary>
    private static Entity Extended(Entity name, IReadOnlyList<GazetteerMatch> gazetteer)
    {
        foreach (var match in gazetteer)
        {
            if (match.Label is EntityLabel.GPE or EntityLabel.LOC or EntityLabel.ORG or EntityLabel.FAC
                && match.Start <= name.Start && name.End <= match.End && match.Length > name.Length)
            {
                return name with { Start = match.Start, End = match.End };
            }
        }
        return name;
    }

    /// <summary>A model name as news labels it: a title at its start cut off as the role, a gazetteer name's label and value.</summary>
    private static Entity? Refine(IReadOnlyList<string> words, Entity name, IReadOnlyList<GazetteerMatch> gazetteer)
    {
        string? role = null;
        var start = name.Start;
        foreach (var title in gazetteer)
        {
            if (title.Kind == GazetteerKind.Title && title.Start == start && title.End < name.End && name.Label == EntityLabel.PER)
            {
                role = title.Entry.Type == "HONORIFIC" ? role : title.Name;
                start = title.End;
            }
        }
        var entity = name with { Start = start, Role = role };
        var exact = gazetteer.FirstOrDefault(m => m.Start == entity.Start && m.End == entity.End && m.Label is not null);
        if (exact.Entry is not null && (name.Label != EntityLabel.PER || exact.Kind is GazetteerKind.Country or GazetteerKind.Demonym))
        {
            // A person named like a city ("Paris Hilton") is left a person; a country or nationality never is one.
            return entity with { Label = exact.Label!.Value, Value = ValueOf(exact) };
        }
        if (name.Label is EntityLabel.LOC or EntityLabel.ORG && entity.Length > 1 && Facilities.Contains(words[entity.End - 1]))
        {
            return entity with { Label = EntityLabel.FAC };
        }
        if (name.Label is EntityLabel.LOC or EntityLabel.GPE && entity.Length > 1 && AreaWords.Contains(words[entity.End - 1]))
        {
            // "Mardakert district": the place is Mardakert; the word after it says what kind.
            return entity with { Label = EntityLabel.GPE, End = entity.End - 1, Value = string.Join(' ', words.Skip(entity.Start).Take(entity.Length - 1)) };
        }
        return entity;
    }

    private static string ValueOf(GazetteerMatch match) =>
        match.Kind is GazetteerKind.Country or GazetteerKind.Demonym && match.Country is { } code ? code : match.Name;

    /// <summary>The title bound to a person: right before the name, perhaps after a nationality or
    /// organization ("Azerbaijani President Ilham Aliyev", "expert Ilyas Baktygaliyev"), or in apposition
    /// after it ("Ilham Aliyev, the President of Azerbaijan").</summary>
    private static string? RoleOf(IReadOnlyList<string> words, Entity person, IReadOnlyList<GazetteerMatch> gazetteer, List<Entity> entities)
    {
        if (person.Role is not null)
        {
            return person.Role;
        }
        // Before the name, perhaps set off by a comma ("the victorious Commander-in-Chief, Ilham Aliyev"); an
        // honorific ("Mr.", "Dr.") is not a role, but a title may stand before it.
        var end = person.Start > 0 && words[person.Start - 1] == "," ? person.Start - 1 : person.Start;
        for (var step = 0; step < 2; step++)
        {
            var title = gazetteer.FirstOrDefault(m => m.Kind == GazetteerKind.Title && m.End == end);
            if (title.Entry is null)
            {
                break;
            }
            if (title.Entry.Type != "HONORIFIC")
            {
                return title.Name;
            }
            end = title.Start;
        }
        // Apposition: "Name , the [Demonym|Country] Title"
        var i = person.End;
        if (i < words.Count && words[i] == ",")
        {
            i++;
            if (i < words.Count && words[i] is "the" or "a" or "an")
            {
                i++;
            }
            foreach (var other in entities)
            {
                if (other.Start == i && other.Label is EntityLabel.NORP or EntityLabel.GPE or EntityLabel.ORG)
                {
                    i = other.End;
                }
            }
            foreach (var title in gazetteer)
            {
                if (title.Kind == GazetteerKind.Title && title.Start == i && title.Entry.Type != "HONORIFIC")
                {
                    return title.Name;
                }
            }
        }
        return null;
    }
}
