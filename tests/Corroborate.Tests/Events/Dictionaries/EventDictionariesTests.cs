using Corroborate.Events.Dictionaries;
using Corroborate.Tests.Cli;

namespace Corroborate.Tests.Events.Dictionaries;

public sealed class EventDictionariesTests
{
    private const string Verbs = "--- RELEASE [080] ---\nRELEASE\n- * PRISONERS [0841]\n";
    private const string Actors = "ARMENIA_ [ARM]\n";

    private static TempFolder TwoActorFiles(string verbs)
    {
        var folder = new TempFolder();
        folder.File(verbs, Verbs);
        folder.File("b.actors.txt", "AZERBAIJAN_ [AZE]\n");
        folder.File("a.actors.txt", Actors);
        return folder;
    }

    [Fact]
    public void Finds_the_files_by_name_when_there_is_no_config()
    {
        using var folder = TwoActorFiles("CAMEO.test.txt");
        folder.File("test.agents.txt", "FOREIGN_MINISTER [~GOV]\n");
        folder.File("notes.md", "not a dictionary");
        var dictionaries = EventDictionaries.Load(folder.Path);
        Assert.Equal(["CAMEO.test.txt", "a.actors.txt", "b.actors.txt", "test.agents.txt"], dictionaries.Files.Select(Path.GetFileName));
        Assert.True(dictionaries.Actors.TryGet("Azerbaijan", out _));
        Assert.Single(dictionaries.Agents.Entries);
        Assert.Empty(dictionaries.Discards.Entries);
        Assert.Empty(dictionaries.Issues.Entries);
    }

    [Fact]
    public void Reads_the_files_a_config_names()
    {
        using var folder = TwoActorFiles("mine.verbs.txt");
        folder.File("other.verbs.txt", "not read");
        folder.File("PETR_config.ini", """
            [Dictionaries]
            #verbfile_name = other.verbs.txt
            verbfile_name    = mine.verbs.txt
            actorfile_list   = b.actors.txt,
                a.actors.txt

            [Options]
            verbfile_name = other.verbs.txt
            """);
        var dictionaries = EventDictionaries.Load(folder.Path);
        Assert.Equal(["mine.verbs.txt", "b.actors.txt", "a.actors.txt"], dictionaries.Files.Select(Path.GetFileName));
    }

    [Fact]
    public void Says_which_file_is_missing_or_ambiguous()
    {
        using var folder = new TempFolder();
        folder.File("a.actors.txt", Actors);
        Assert.EndsWith("has no verb dictionary (*verbs*.txt or CAMEO*.txt)", Assert.Throws<DictionaryFormatException>(() => EventDictionaries.Load(folder.Path)).Message);
        folder.File("a.verbs.txt", Verbs);
        folder.File("b.verbs.txt", Verbs);
        Assert.EndsWith("has 2 verb files (a.verbs.txt, b.verbs.txt); add a PETR_config.ini that names one", Assert.Throws<DictionaryFormatException>(() => EventDictionaries.Load(folder.Path)).Message);
        folder.File("PETR_config.ini", "[Dictionaries]\nverbfile_name = a.verbs.txt\nactorfile_list = a.actors.txt, c.actors.txt\n");
        Assert.Equal($"PETR_config.ini:3: actorfile_list names c.actors.txt, which is not in {folder.Path}", Assert.Throws<DictionaryFormatException>(() => EventDictionaries.Load(folder.Path)).Message);
    }

    [SharedDataFact]
    public void Loads_the_production_dictionaries_as_their_config_names_them()
    {
        var dictionaries = EventDictionaries.Load(Petrarch.Folder("dictionaries"));
        Assert.Equal(
            [
                "CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt", "Phoenix.IssueCoding.txt",
            ],
            dictionaries.Files.Select(Path.GetFileName));
        // 4 in the verbs, 14 in the actors, 1 in the agents, 18 in the issues: each is listed in its test.
        Assert.Equal(37, dictionaries.Warnings.Length);
    }

    [SharedDataFact]
    public void Loads_the_UniversalPetrarch_and_validation_folders_by_name()
    {
        var up = EventDictionaries.Load(Petrarch.Folder("dictionaries-up"));
        Assert.Equal(
            ["CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "PETR.Internal.Coding.Ontology.txt"],
            up.Files.Select(Path.GetFileName));
        Assert.Equal("033", up.Ontology.Combine("030", "070"));
        Assert.True(up.Actors.TryGet("Rotes Kreuz", out var redCross));
        Assert.Equal("NGOHLHRCI", redCross.CodeOn(new DateOnly(2023, 12, 7)));

        var validation = EventDictionaries.Load(Petrarch.Folder("unit-test"));
        Assert.Equal(
            ["PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt"],
            validation.Files.Select(Path.GetFileName));
        Assert.Single(validation.Warnings);
    }
}
