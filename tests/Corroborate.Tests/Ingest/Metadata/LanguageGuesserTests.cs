using Corroborate.Ingest.Metadata;

namespace Corroborate.Tests.Ingest.Metadata;

public class LanguageGuesserTests
{
    [Theory]
    [InlineData("The two governments said that the prisoners were released on Thursday and that the talks would go on.", null, "en")]
    [InlineData("Les deux gouvernements ont annoncé que les prisonniers sont libérés et que les négociations vont continuer.", null, "fr")]
    [InlineData("Die beiden Regierungen sagten, dass die Gefangenen frei sind und die Gespräche weitergehen werden.", null, "de")]
    [InlineData("Азербайджан и Армения договорились об обмене пленными в четверг вечером.", null, "ru")]
    [InlineData("Азербайджан і Вірменія домовилися про обмін полоненими у четвер ввечері.", "uk-UA", "uk")]
    [InlineData("Հայաստանը և Ադրբեջանը պայմանավորվեցին գերիների փոխանակման մասին։", null, "hy")]
    [InlineData("Short.", "en", "en")]
    [InlineData("Short.", null, "und")]
    public void Tells_the_language(string text, string? declared, string expected) =>
        Assert.Equal(expected, LanguageGuesser.Guess(text, declared));
}
