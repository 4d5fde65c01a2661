namespace Corroborate.Language.Knowledge;

/// <summary>
/// Compares words as the gazetteer sees them: curly and straight apostrophes alike (<c>Côte d’Ivoire</c>),
/// the hyphen characters alike (the tokenizer splits at all of them, and an en dash often stands in), and,
/// for <see cref="IgnoreCase"/>, letter case ignored. Folding is one character for one, so words of
/// different lengths never compare equal. Allocates nothing.
/// </summary>
internal sealed class WordComparer : IEqualityComparer<string>
{
    /// <summary>Case matters: names ("US" is a country, "us" is not; "turkey" is a bird).</summary>
    public static readonly WordComparer Exact = new(ignoreCase: false);

    /// <summary>Case does not matter: titles, lower case mid-sentence ("expert Ilyas Huseynov").</summary>
    public static readonly WordComparer IgnoreCase = new(ignoreCase: true);

    private readonly bool _ignoreCase;

    private WordComparer(bool ignoreCase) => _ignoreCase = ignoreCase;

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }
        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i] && Fold(x[i]) != Fold(y[i]))
            {
                return false;
            }
        }
        return true;
    }

    public int GetHashCode(string obj)
    {
        // FNV-1a over the folded characters: equal under Equals means equal here.
        var hash = 2166136261u;
        foreach (var c in obj)
        {
            hash = (hash ^ Fold(c)) * 16777619u;
        }
        return (int)hash;
    }

    /// <summary>The word as this comparer sees it, for building keys.</summary>
    public string Normalize(string word) => string.Create(word.Length, (word, this), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = state.Item2.Fold(state.word[i]);
        }
    });

    private char Fold(char c)
    {
        if (c < 128)
        {
            return _ignoreCase && c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
            '\u2010' or '\u2011' or '\u2013' => '-',
            _ => _ignoreCase ? char.ToUpperInvariant(c) : c,
        };
    }
}
