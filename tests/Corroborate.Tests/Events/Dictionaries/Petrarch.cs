using Corroborate.Events.Dictionaries;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Events.Dictionaries;

/// <summary>The PETRARCH dictionaries under <c>../shared/data/bench/petrarch</c>, and small dictionaries
/// written to temporary files.</summary>
internal static class Petrarch
{
    public static string Folder(string name) => SharedData.File(Path.Combine("bench", "petrarch", name));

    public static string File(string folder, string name) => Path.Combine(Folder(folder), name);

    /// <summary>Loads <paramref name="content"/> written to a temporary file named <paramref name="name"/>.</summary>
    public static T Written<T>(string name, string content, Func<string, T> load)
    {
        using var folder = new TempFolder();
        return load(folder.File(name, content));
    }

    /// <summary>The message of the <see cref="DictionaryFormatException"/> that loading the text throws.</summary>
    public static string Error<T>(string name, string content, Func<string, T> load) =>
        Assert.Throws<DictionaryFormatException>(() => Written(name, content, load)).Message;
}
