using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Corroborate.Events.Dictionaries;

/// <summary>Where an agent's code goes relative to the actor code it qualifies.</summary>
public enum AgentPlacement
{
    /// <summary><c>[~GOV]</c>: after the actor code, ARM + GOV = ARMGOV.</summary>
    Suffix,

    /// <summary><c>[NGO~]</c>: before the actor code, NGO + ARM = NGOARM.</summary>
    Prefix,
}

/// <summary>
/// One line of an agents file: a noun phrase such as FOREIGN_MINISTER and the code piece it adds to an
/// actor's code.
/// </summary>
/// <param name="Phrases">Every phrase the line stands for, upper case: the one written, its plural
/// (regular, or the one in <c>{ }</c>; none after <c>{}</c>) and, for a line with a substitution marker
/// such as <c>!PERSON!</c>, one phrase per substitute (with no plurals, as SYNTAX.md says). Words are
/// joined as the file joins them: <c>_</c> means the next word follows at once, a blank that other
/// words may come between (<c>MINISTER FOR_AGRICULTURE</c>).</param>
/// <param name="Code">The code piece without its <c>~</c> (<c>GOV</c>).</param>
/// <param name="Line">The line in the agents file.</param>
public sealed record AgentEntry(ImmutableArray<string> Phrases, string Code, AgentPlacement Placement, int Line)
{
    /// <summary>The actor code qualified by this agent: <c>ARM</c> with <c>[~GOV]</c> is <c>ARMGOV</c>,
    /// with <c>[NGO~]</c> <c>NGOARM</c>.</summary>
    [Pure]
    public string Apply(string actorCode) => Placement == AgentPlacement.Suffix ? actorCode + Code : Code + actorCode;
}

/// <summary>
/// The agents of a PETRARCH agents file (<c>Phoenix.agents.txt</c>): noun phrase → code piece, looked up
/// by tokens, case-insensitively, longest phrase first. When two lines give the same phrase, the first
/// keeps it. Immutable and thread-safe.
/// </summary>
public sealed class AgentDictionary : PhraseDictionary<AgentEntry>
{
    internal AgentDictionary(ImmutableArray<AgentEntry> entries, WordTrie phrases, ImmutableArray<DictionaryWarning> warnings)
        : base(entries, phrases, warnings)
    {
    }

    /// <summary>No agents.</summary>
    public static AgentDictionary Empty { get; } = new([], new WordTrie(), []);

    /// <exception cref="DictionaryFormatException">A line cannot be read.</exception>
    public static AgentDictionary Load(string path) => AgentDictionaryReader.Read(path);
}
