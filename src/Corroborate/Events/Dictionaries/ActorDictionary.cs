using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// One code of an actor, with the dates it holds for. An undated code is the actor's default.
/// </summary>
/// <remarks>
/// <c>[ARMGOV 980204-080409]</c> holds from 4 February 1998 to 9 April 2008, both days included;
/// <c>[AZEGOV &gt;031031]</c> from 31 October 2003 on; <c>[USRARM &lt;900823]</c> up to 23 August 1990.
/// Six-digit years follow KEDS and TABARI: 00–30 are 2000–2030, 31–99 are 1931–1999.
/// </remarks>
/// <param name="Code">The CAMEO actor code as written (<c>ARMGOV</c>; <c>---</c> is the null code).</param>
/// <param name="From">The first day the code holds, or null for no lower limit.</param>
/// <param name="To">The last day the code holds, or null for no upper limit.</param>
public readonly record struct ActorCode(string Code, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>True when the code has a date restriction; false for a default code.</summary>
    public bool IsDated => From is not null || To is not null;

    /// <summary>True when the code is dated and <paramref name="date"/> lies within its dates.</summary>
    [Pure]
    public bool Covers(DateOnly date) => IsDated && (From is null || From <= date) && (To is null || date <= To);

    public override string ToString() => (From, To) switch
    {
        (null, null) => Code,
        (null, { } to) => $"{Code} <={to:yyyy-MM-dd}",
        ({ } from, null) => $"{Code} >={from:yyyy-MM-dd}",
        ({ } from, { } to) => $"{Code} {from:yyyy-MM-dd}..{to:yyyy-MM-dd}",
    };
}

/// <summary>
/// One record of an actors file: its first phrase, the synonyms that follow it with <c>+</c>, and its
/// codes (on the first line or on the indented lines below it), in file order.
/// </summary>
/// <param name="Phrase">The first phrase, upper case, words separated by one blank
/// (<c>ILHAM_ALIYEV_</c> is <c>ILHAM ALIYEV</c>: blanks and underscores both join words, and the final
/// underscore of TABARI's "no stemming" mark means nothing to PETRARCH).</param>
/// <param name="Synonyms">The <c>+</c> phrases, written the same way.</param>
/// <param name="File">The file name the record is in.</param>
/// <param name="Line">The line of its first phrase.</param>
public sealed record ActorEntry(string Phrase, ImmutableArray<string> Synonyms, ImmutableArray<ActorCode> Codes, string File, int Line)
{
    /// <summary>
    /// The code that holds on <paramref name="date"/>: the first dated code, in file order, whose dates
    /// cover it (PETRARCH's validation file relies on that order: "this should override the next
    /// restriction"), else the first default code, else null.
    /// </summary>
    [Pure]
    public string? CodeOn(DateOnly date)
    {
        foreach (var code in Codes)
        {
            if (code.Covers(date))
            {
                return code.Code;
            }
        }
        foreach (var code in Codes)
        {
            if (!code.IsDated)
            {
                return code.Code;
            }
        }
        return null;
    }
}

/// <summary>
/// The actors of one or more PETRARCH actor files (<c>Phoenix.Countries.actors.txt</c> and its kind):
/// phrase → actor, looked up by tokens, case-insensitively, longest phrase first.
/// </summary>
/// <remarks>
/// When two records share a phrase (the production files repeat 1,257 of their 35,618 phrases, e.g. a
/// city also listed under its country), the last one read keeps it, as in PETRARCH, whose store
/// overwrites: PRESIDENT_BUSH is George W. Bush's, listed after his father's. Immutable and thread-safe.
/// </remarks>
public sealed class ActorDictionary : PhraseDictionary<ActorEntry>
{
    internal ActorDictionary(ImmutableArray<ActorEntry> entries, WordTrie phrases, ImmutableArray<DictionaryWarning> warnings)
        : base(entries, phrases, warnings)
    {
    }

    /// <summary>No actors.</summary>
    public static ActorDictionary Empty { get; } = new([], new WordTrie(), []);

    /// <summary>Reads actor files in the order given.</summary>
    /// <exception cref="DictionaryFormatException">A line cannot be read.</exception>
    public static ActorDictionary Load(params IEnumerable<string> paths) => ActorDictionaryReader.Read(paths);
}
