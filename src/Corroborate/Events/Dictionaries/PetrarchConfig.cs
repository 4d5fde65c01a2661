namespace Corroborate.Events.Dictionaries;

/// <summary>
/// Reads the <c>[Dictionaries]</c> section of a PETRARCH <c>PETR_config.ini</c>, the way Python's
/// ConfigParser does for these files: <c>key = value</c> (or <c>key: value</c>), keys in any case, whole
/// lines starting with <c>#</c> or <c>;</c> are comments, and an indented line continues the value above.
/// </summary>
internal static class PetrarchConfig
{
    public static Dictionary<string, (string Value, int Line)> Dictionaries(string path)
    {
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException e)
        {
            throw new DictionaryFormatException(path, 0, $"cannot be read: {e.Message}");
        }
        var inSection = false;
        string? key = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var text = line.Trim();
            if (text.Length == 0 || text[0] is '#' or ';')
            {
                continue;
            }
            if (text[0] == '[')
            {
                inSection = text.Equals("[Dictionaries]", StringComparison.OrdinalIgnoreCase);
                key = null;
                continue;
            }
            if (!inSection)
            {
                continue;
            }
            if (char.IsWhiteSpace(line[0]) && key is not null)
            {
                values[key] = (values[key].Value + " " + text, values[key].Line);
                continue;
            }
            var separator = text.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                throw new DictionaryFormatException(path, i + 1, $"'{text}' is not key = value");
            }
            key = text[..separator].Trim();
            values[key] = (text[(separator + 1)..].Trim(), i + 1);
        }
        return values;
    }
}
