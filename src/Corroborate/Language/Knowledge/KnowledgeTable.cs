namespace Corroborate.Language.Knowledge;

/// <summary>
/// One of the knowledge tables: UTF-8, tab-separated, a header line naming the columns, <c>#</c> lines
/// and blank lines ignored. Our own data, so anything malformed is an error that names the line rather
/// than a row quietly skipped.
/// </summary>
internal sealed class KnowledgeTable
{
    private readonly string[] _columns;

    private KnowledgeTable(string name, string[] columns, List<(int Line, string[] Cells)> rows)
    {
        Name = name;
        _columns = columns;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    /// <summary>Reads table <paramref name="name"/> (<c>countries</c>), which must have the given columns, in any order.</summary>
    public static KnowledgeTable Read(string name, TextReader reader, params string[] required)
    {
        string[]? columns = null;
        var rows = new List<(int, string[])>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells;
                foreach (var column in required)
                {
                    if (Array.IndexOf(columns, column) < 0)
                    {
                        throw new InvalidDataException($"{name}.tsv: the header has no column '{column}'.");
                    }
                }
                continue;
            }
            if (cells.Length != columns.Length)
            {
                throw new InvalidDataException($"{name}.tsv line {number}: {cells.Length} columns where the header has {columns.Length}.");
            }
            rows.Add((number, cells));
        }
        return columns is null
            ? throw new InvalidDataException($"{name}.tsv: no header line.")
            : new KnowledgeTable(name, columns, rows);
    }

    /// <summary>The index of a column, for reading cells.</summary>
    public int Column(string column) => Array.IndexOf(_columns, column);

    /// <summary>A |-separated cell as its items, trimmed, empty ones dropped.</summary>
    public static string[] List(string cell) => cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public InvalidDataException Error(int line, string message) => new($"{Name}.tsv line {line}: {message}");
}
