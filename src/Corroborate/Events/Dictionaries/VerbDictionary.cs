using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Corroborate.Events.Dictionaries;

/// <summary>
/// A PETRARCH verb dictionary (<c>CAMEO.2.0.txt</c>, or the PETRARCH-1 validation file): synsets, verb
/// blocks with their verbs and patterns, and transformations; verbs looked up by the word the parser
/// tags as the verb. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Both pattern syntaxes read into one model. PETRARCH-2 patterns mark phrases:
/// <c>- * (TO {BANNED PARTIES}) $ [1722]</c>. PETRARCH-1 patterns are runs of words in which <c>_</c>
/// joins a word to the one before and a blank lets other words come between:
/// <c>- SO IN_AND_*_OUT_AGAIN NOW [074]</c>; see <see cref="PatternElement.Joined"/>.
/// </remarks>
public sealed class VerbDictionary
{
    private readonly FrozenDictionary<string, ImmutableArray<VerbLookup>> _byHead;

    internal VerbDictionary(
        FrozenDictionary<string, Synset> synsets, ImmutableArray<VerbBlock> blocks,
        ImmutableArray<VerbTransformation> transformations, ImmutableArray<DictionaryWarning> warnings)
    {
        Synsets = synsets;
        Blocks = blocks;
        Transformations = transformations;
        Warnings = warnings;
        var byHead = new Dictionary<string, List<VerbLookup>>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
        {
            foreach (var verb in block.Verbs)
            {
                foreach (var form in verb.Forms)
                {
                    if (!byHead.TryGetValue(form.HeadWord, out var list))
                    {
                        byHead[form.HeadWord] = list = [];
                    }
                    list.Add(new VerbLookup(block, verb, form));
                }
            }
        }
        _byHead = byHead.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The synsets by name (without <c>&amp;</c>), any case.</summary>
    public IReadOnlyDictionary<string, Synset> Synsets { get; }

    /// <summary>The verb blocks in file order.</summary>
    public ImmutableArray<VerbBlock> Blocks { get; }

    /// <summary>The <c>~</c> lines in file order.</summary>
    public ImmutableArray<VerbTransformation> Transformations { get; }

    /// <summary>Lines read leniently; see <see cref="DictionaryWarning"/>.</summary>
    public ImmutableArray<DictionaryWarning> Warnings { get; }

    /// <exception cref="DictionaryFormatException">A line cannot be read.</exception>
    public static VerbDictionary Load(string path) => VerbDictionaryReader.Read(path);

    /// <summary>
    /// Every verb form whose head word is <paramref name="word"/> (any case), with its verb and block:
    /// <c>freed</c> finds FREE of RELEASE [080]. A multi-word form (<c>+SET_FREE</c>) is found by its
    /// head word; the caller checks its other words. Empty when the word is no verb of the dictionary.
    /// </summary>
    [Pure]
    public ImmutableArray<VerbLookup> Find(string word) => _byHead.TryGetValue(word, out var found) ? found : [];
}
