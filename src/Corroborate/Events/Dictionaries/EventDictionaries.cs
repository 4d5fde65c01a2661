using System.Collections.Immutable;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// The dictionaries an event coder needs, read from one folder: verbs, actors, agents, discards and
/// (optionally) issues. Immutable and thread-safe; load once and share.
/// </summary>
public sealed class EventDictionaries
{
    private EventDictionaries(
        VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, DiscardDictionary discards,
        IssueDictionary issues, CodeOntology ontology, ImmutableArray<string> files)
    {
        Ontology = ontology;
        Verbs = verbs;
        Actors = actors;
        Agents = agents;
        Discards = discards;
        Issues = issues;
        Files = files;
        Warnings = [.. verbs.Warnings, .. actors.Warnings, .. agents.Warnings, .. issues.Warnings];
    }

    public VerbDictionary Verbs { get; }

    public ActorDictionary Actors { get; }

    /// <summary>The agents; empty when the folder has none.</summary>
    public AgentDictionary Agents { get; }

    /// <summary>The discards; empty when the folder has none.</summary>
    public DiscardDictionary Discards { get; }

    /// <summary>The issues; empty when the folder has none.</summary>
    public IssueDictionary Issues { get; }

    /// <summary>The internal coding ontology that combines a verb with the verb it governs; empty when the
    /// folder has no <c>*Ontology*.txt</c> (then the governed verb's code wins).</summary>
    public CodeOntology Ontology { get; }

    /// <summary>The files read, verbs first, then actors (in the order read), agents, discards, issues.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>Every lenient reading of every file.</summary>
    public ImmutableArray<DictionaryWarning> Warnings { get; }

    /// <summary>
    /// Reads the dictionaries of <paramref name="directory"/>. When it holds a <c>PETR_config.ini</c>, its
    /// <c>[Dictionaries]</c> section names the files (<c>verbfile_name</c>, <c>actorfile_list</c>,
    /// <c>agentfile_name</c>, <c>discardfile_name</c>, <c>issuefile_name</c>), as PETRARCH reads them.
    /// Otherwise files are found by name: <c>*verbs*.txt</c> or <c>CAMEO*.txt</c>, every
    /// <c>*actors*.txt</c> (in name order), <c>*agents*.txt</c>, <c>*discards*.txt</c> and
    /// <c>*issue*.txt</c>. A verb file and at least one actor file are needed; the rest may be missing.
    /// </summary>
    /// <exception cref="DictionaryFormatException">A file is missing, ambiguous or has a line that
    /// cannot be read.</exception>
    /// <param name="overrides">A folder whose files replace the same-named files of
    /// <paramref name="directory"/> (UniversalPetrarch's variants of four production files), or null.</param>
    public static EventDictionaries Load(string directory, string? overrides = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new DictionaryFormatException(directory, 0, $"is not a folder ({Path.GetFullPath(directory)})");
        }
        var config = Path.Combine(directory, "PETR_config.ini");
        var files = File.Exists(config) ? FromConfig(config, directory) : ByName(directory);
        if (overrides is not null)
        {
            files = Override(files, overrides);
        }
        // The actor files are most of the text; they are read on another thread while this one reads the
        // rest (the readers share nothing). GetResult rethrows a reader's own exception.
        var actors = Task.Run(() => ActorDictionary.Load(files.Actors));
        var verbs = VerbDictionary.Load(files.Verbs);
        var agents = files.Agents is null ? AgentDictionary.Empty : AgentDictionary.Load(files.Agents);
        var discards = files.Discards is null ? DiscardDictionary.Empty : DiscardDictionary.Load(files.Discards);
        var issues = files.Issues is null ? IssueDictionary.Empty : IssueDictionary.Load(files.Issues);
        var ontology = files.Ontology is null ? CodeOntology.Empty : CodeOntology.Load(files.Ontology);
        return new EventDictionaries(verbs, actors.GetAwaiter().GetResult(), agents, discards, issues, ontology, Read(files));
    }

    private static ImmutableArray<string> Read(FileSet files) =>
        [files.Verbs, .. files.Actors, .. new[] { files.Agents, files.Discards, files.Issues, files.Ontology }.OfType<string>()];

    private sealed record FileSet(string Verbs, IReadOnlyList<string> Actors, string? Agents, string? Discards, string? Issues)
    {
        public string? Ontology { get; init; }
    }

    private static FileSet Override(FileSet files, string overrides)
    {
        if (!Directory.Exists(overrides))
        {
            throw new DictionaryFormatException(overrides, 0, $"is not a folder ({Path.GetFullPath(overrides)})");
        }
        string Pick(string path) => Path.Combine(overrides, Path.GetFileName(path)) is var other && File.Exists(other) ? other : path;
        string? PickOptional(string? path) => path is null ? null : Pick(path);
        return new FileSet(Pick(files.Verbs), [.. files.Actors.Select(Pick)], PickOptional(files.Agents), PickOptional(files.Discards), PickOptional(files.Issues))
        {
            Ontology = FindOntology(overrides) ?? files.Ontology,
        };
    }

    private static string? FindOntology(string directory) =>
        Directory.GetFiles(directory, "*Ontology*.txt").Order(StringComparer.Ordinal).FirstOrDefault();

    private static FileSet FromConfig(string config, string directory)
    {
        var values = PetrarchConfig.Dictionaries(config);
        string? Named(string key, bool required)
        {
            if (!values.TryGetValue(key, out var entry))
            {
                return required ? throw new DictionaryFormatException(config, 0, $"[Dictionaries] has no {key}") : null;
            }
            var path = Path.Combine(directory, entry.Value);
            return File.Exists(path)
                ? path
                : throw new DictionaryFormatException(config, entry.Line, $"{key} names {entry.Value}, which is not in {directory}");
        }
        var actors = values.TryGetValue("actorfile_list", out var list)
            ? list.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(name => File.Exists(Path.Combine(directory, name))
                    ? Path.Combine(directory, name)
                    : throw new DictionaryFormatException(config, list.Line, $"actorfile_list names {name}, which is not in {directory}"))
                .ToList()
            : throw new DictionaryFormatException(config, 0, "[Dictionaries] has no actorfile_list");
        if (actors.Count == 0)
        {
            throw new DictionaryFormatException(config, list.Line, "actorfile_list names no file");
        }
        return new FileSet(Named("verbfile_name", true)!, actors, Named("agentfile_name", false), Named("discardfile_name", false), Named("issuefile_name", false))
        {
            Ontology = FindOntology(directory),
        };
    }

    private static FileSet ByName(string directory)
    {
        var names = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        List<string> Matching(params string[] parts) => names
            .Where(f => parts.Any(p => Matches(Path.GetFileName(f), p)))
            .ToList();
        string? One(string what, params string[] parts)
        {
            var found = Matching(parts);
            return found.Count switch
            {
                0 => null,
                1 => found[0],
                _ => throw new DictionaryFormatException(directory, 0, $"has {found.Count} {what} files ({string.Join(", ", found.Select(Path.GetFileName))}); add a PETR_config.ini that names one"),
            };
        }
        var verbs = One("verb", "*verbs*", "CAMEO*")
            ?? throw new DictionaryFormatException(directory, 0, "has no verb dictionary (*verbs*.txt or CAMEO*.txt)");
        var actors = Matching("*actors*");
        if (actors.Count == 0)
        {
            throw new DictionaryFormatException(directory, 0, "has no actor dictionary (*actors*.txt)");
        }
        return new FileSet(verbs, actors, One("agent", "*agents*"), One("discard", "*discards*"), One("issue", "*issue*"))
        {
            Ontology = FindOntology(directory),
        };
    }

    /// <summary>Case-insensitive match of a file name against <c>*part*</c> or <c>PREFIX*</c>.</summary>
    private static bool Matches(string name, string pattern) => pattern.StartsWith('*')
        ? name.Contains(pattern.Trim('*'), StringComparison.OrdinalIgnoreCase)
        : name.StartsWith(pattern.TrimEnd('*'), StringComparison.OrdinalIgnoreCase);
}
