using System.Globalization;
using Corroborate.Language;

namespace Corroborate.Tests.Language;

/// <summary>Quantities in NewsQuant's sense, on sentences written for these tests.</summary>
public class QuantityExtractorTests
{
    private static readonly Annotator Annotator = new(LanguageModels.Default, parse: false);

    /// <summary>Each quantity as "value[-high] normalized-unit change", in order.</summary>
    private static string[] Find(string text) =>
    [
        .. Annotator.Annotate(text).Sentences.SelectMany(QuantityExtractor.Find)
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Value}{(q.High is { } h ? $"-{h}" : "")} {q.NormalizedUnit} {q.ChangeMark}")),
    ];

    [Theory]
    [InlineData("The ferry carried 40 cars and 12 lorries.", "40 car =", "12 lorry =")]
    [InlineData("She keeps three goats and one old dog.", "3 goat =", "1 old dog =")]
    [InlineData("About 300 people attended the meeting.", "300 people ~")]
    [InlineData("It has two smaller harbours.", "2 small harbour =")]
    [InlineData("One of the fishermen was rescued.", "1 fisherman =")]
    [InlineData("It offers four-, five- and six-cylinder engines.", "4 cylinder =", "5 cylinder =", "6 cylinder =")]
    [InlineData("Firms with 50 or more workers pay, and 40 or so far-right members agreed.", "50 worker >", "40 far-right member ~")]
    [InlineData("Groups of 10 or fewer people may meet.", "10 people <")]
    [InlineData("Nine mostly centrist Democrats joined them.", "9 mostly centrist democrats =")]
    [InlineData("It may take a year or two.", "2 year =")]
    [InlineData("It will build five of the three-ton satellites.", "5 three-ton satellite =", "3 ton =")]
    [InlineData("Three of the four agents survived.", "3 agent =", "4 agent =")]
    [InlineData("With eight more picks the team went all over the map.", "8 pick >")]
    [InlineData("Life expectancy in the city is around 73.", "73 year of age ~")]
    public void Counted_nouns_are_units(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("Prices rose 3.5% last month.", "3.5 percentage up")]
    [InlineData("The council spent more than £2m on repairs.", "2000000 pound sterling >")]
    [InlineData("Shares fell 19 cents to $4.10.", "19 cent down", "4.1 dollar =")]
    [InlineData("The plant pumps 52,000 barrels a day.", "52000 barrel per day =")]
    [InlineData("The Dow lost 800 points, or 2.9%.", "800 point down", "2.9 percentage down")]
    [InlineData("The firm cut 1,200 jobs, or 8% of its staff.", "1200 job down", "8 percentage down")]
    [InlineData("The bank made a 25-basis-point cut after a 50 basis point one.", "25 basis point =", "50 basis point =")]
    [InlineData("Iraq pumped 52,000 barrels of oil a day.", "52000 barrel per day =")]
    [InlineData("Airlines burn 2.4 billion gallons of jet fuel a year.", "2400000000 gallon per year =")]
    [InlineData("They sold 300 tonnes of grain in May.", "300 ton =")]
    [InlineData("Diesel costs $1.20 a litre.", "1.2 dollar per litre =")]
    [InlineData("The wind reached 70 mph.", "70 mile per hour =")]
    [InlineData("The river rose under 2 metres.", "2 metre <")]
    [InlineData("A 64-year-old man was arrested.", "64 year of age =")]
    [InlineData("Children under the age of 18 were barred.", "18 year of age <")]
    [InlineData("Children under the age of 5 years died.", "5 year of age <")]
    [InlineData("The hall holds 500 sq m of stands.", "500 square metre =")]
    [InlineData("It cost HK$3.7 billion.", "3700000000 hong kong dollar =")]
    [InlineData("Shares closed at 164p.", "164 point =")]
    [InlineData("It was 2.14degF (1.19deg C) warmer.", "2.14 fahrenheit =", "1.19 celsius =")]
    [InlineData("The neck is 25.5″ long.", "25.5 inch =")]
    [InlineData("Add 1/2 pound of chocolate.", "0.5 pound-mass =")]
    [InlineData("Light travels 2.998×10−8 meters per second.", "2.998E-08 metre per second =")]
    [InlineData("The deficit widened to $-50.8bn.", "-50800000000 dollar =")]
    [InlineData("The yen eased to 108.79 JPY= on Monday.", "108.79 japanese yen =")]
    [InlineData("It carries 1.3 A/cm2 at most.", "1.3 ampere per square centimetre =")]
    public void Measures_have_normalized_units_and_changes(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("The ticket costs 100 Mexican pesos.", "100 mexican peso =")]
    [InlineData("A coffee is 4 € in Rome.", "4 euro =")]
    [InlineData("The bid was 528 million francs.", "528000000 swiss franc =")]
    [InlineData("He was fined 2 lakh rupees.", "200000 indian rupee =")]
    [InlineData("The fund holds 6.25 BTC today.", "6.25 bitcoin =")]
    [InlineData("It sold for 300 South African rand.", "300 south african rand =")]
    [InlineData("Profits grew sixfold last year.", "6 count up")]
    [InlineData("The new 5G masts went up.", "5 generation wireless =")]
    [InlineData("The cable runs 10 1/2 miles.", "10.5 mile =")]
    [InlineData("Each pill holds 120 micrograms of iron.", "120 microgram =")]
    [InlineData("Temperatures hit 30C on Sunday.", "30 celsius =")]
    [InlineData("Sales were up 12pc on the year.", "12 percentage up")]
    [InlineData("The engine makes 295 lb-ft of torque.", "295 pound-foot =")]
    [InlineData("The handset weighs 189g.", "189 gram =")]
    [InlineData("The plane flew at 35,000 ft.", "35000 foot =")]
    [InlineData("The index closed up 0.5% on Friday.", "0.5 percentage up")]
    [InlineData("He drove in 101 RBIs.", "101 rbi =")]
    [InlineData("Half a million people marched.", "500000 people =")]
    [InlineData("The firm added 2000 people.", "2000 people up")]
    [InlineData("A woman in her 60s survived.", "60 year of age =")]
    [InlineData("The man, in his early 30s, was arrested.", "30 year of age =")]
    [InlineData("They have a daughter, Josephine, 5.", "5 year of age =")]
    [InlineData("Arians, 65, said he would retire.", "65 year of age =")]
    [InlineData("The plan targets 55,000 US public schools.", "55000 us public school =")]
    [InlineData("A Long March 4C rocket carried it.")]
    [InlineData("It bid $82 per Qualcomm share.", "82 dollar per share =")]
    [InlineData("About 1,000 privately owned aircraft are listed.", "1000 privately owned aircraft ~")]
    [InlineData("That is one reason Pixel 2 earned praise.", "1 reason =")]
    [InlineData("It has taken in 250,000 asylum-seekers.", "250000 asylum-seeker =")]
    [InlineData("He may have paid no tax for 15-plus years.", "15 year >")]
    [InlineData("A 911 caller told the dispatcher.")]
    [InlineData("Gains held for one to two years are taxed.", "1-2 year =")]
    [InlineData("10 $ is not much.", "10 dollar =")]
    [InlineData("The jury set a $9 bln penalty.", "9000000000 dollar =")]
    [InlineData("It can generate 5.1 million pounds of thrust.", "5100000 pound-mass =")]
    [InlineData("It will produce a maximum thrust of 8.8 million pounds.", "8800000 pound-mass =")]
    [InlineData("It aims to cut emissions 80 percent below 1990 levels.", "80 percentage =")]
    [InlineData("It was a crowd of about 1,000 men, ages 18 to 35.", "1000 man ~", "18-35 year of age =")]
    [InlineData("They saw off the Indians 8-7 in ten innings.", "8-7 - =", "10 inning =")]
    [InlineData("The boy, who fell 10 to 12 feet, is expected to recover.", "10-12 foot down")]
    [InlineData("The fund raised 5 million pounds for charity.", "5000000 pound sterling =")]
    [InlineData("It was a 450-pound gorilla.", "450 pound-mass =")]
    [InlineData("In 1983, at age 30, he was hired.", "30 year of age =")]
    [InlineData("Audits net about $4,800 per man-hour.", "4800 dollar per man-hour ~")]
    [InlineData("Five of the six lead Senate GOP negotiators agreed.", "5 lead senate gop negotiator =", "6 lead senate gop negotiator =")]
    [InlineData("They knew someone between the ages of 5 and 31.", "5-31 year of age =")]
    [InlineData("The IMF agrees a $14-18 billion bailout.", "14000000000-18000000000 dollar =")]
    [InlineData("Twitter passes 255 m monthly active users.", "255000000 monthly active user =")]
    [InlineData("The 100 m sprint was fast.", "100 metre =")]
    [InlineData("Buy the cheaper iPhone 5C today.")]
    [InlineData("Shareholder returns were negative 7 percent.", "-7 percentage =")]
    [InlineData("They welcomed the release of 21 schoolgirls today.", "21 schoolgirl =")]
    [InlineData("More than 27 million passengers used it in 2015-16.", "27000000 passenger >")]
    [InlineData("The Senate voted 23-16 Wednesday to remove it.", "23-16 - =")]
    [InlineData("It aims to appease nine centrist Democrats.", "9 centrist democrats =")]
    [InlineData("It passed with ten Republicans voting in favor.", "10 republicans =")]
    [InlineData("They may not muster the 30-odd Republicans needed.", "30 republicans ~")]
    [InlineData("It plans 87,000 new IRS agents.", "87000 new irs agent =")]
    [InlineData("The $3.5 T deal is ready.", "3500000000000 dollar =")]
    [InlineData("Biden, who will be 82 at the time of the election, ran.", "82 year of age =")]
    [InlineData("They reach 4 to 5½ feet in height.", "4-5.5 foot =")]
    [InlineData("They were crushed at Carolina 49-15 in the game.", "49-15 - =")]
    [InlineData("His son could be as old as 32.", "32 year of age =")]
    [InlineData("The gorilla, who turned 17 on Friday, was calm.", "17 year of age =")]
    [InlineData("They landed in the Sea of Japan 125 to 155 miles west of Hokkaido.", "125-155 mile =")]
    [InlineData("The victims were Sean Copeland, 51 and Brodie, 11.", "51 year of age =", "11 year of age =")]
    [InlineData("The debt hit $16.4 trillion.", "16400000000000 dollar =")]
    [InlineData("If reelected, you would be 82 when you are sworn in.", "82 year of age =")]
    [InlineData("It equals adding 2 million gas-powered cars.", "2000000 gas-powered car =")]
    [InlineData("They will hire 87,000 IRS agents.", "87000 irs agent =")]
    [InlineData("She told 60 Minutes in 2018 that it was true.")]
    [InlineData("She proposed a 70-percent marginal tax rate.", "70 percentage =")]
    [InlineData("The House voted 250-173 last month.", "250-173 - =")]
    [InlineData("Dozens of Republican senators objected.", "12-120 republican senator =")]
    [InlineData("The zoom covers 75 -300mm.", "75-300 millimetre =")]
    [InlineData("It became a $400-million-a-year business.", "400000000 dollar per year =")]
    [InlineData("She leads by 3 points, HuffPollster 4.3 points.", "3 point =", "4.3 point =")]
    [InlineData("It names 12 current or former world leaders.", "12 current or former world leader =")]
    [InlineData("It is three Falcon 9 rockets linked together.", "3 falcon 9 rocket =")]
    [InlineData("Jarrar, who is in her mid-50s, is popular.", "50 year of age =")]
    [InlineData("It was the 1950s, and in the 1960s prices rose.")]
    [InlineData("The author died at 82.", "82 year of age =")]
    [InlineData("Maria, who was 10, moved with them.", "10 year of age =")]
    [InlineData("Turnout among 18- to 24-year-olds rose.", "18-24 year of age =")]
    [InlineData("He is 6 in the polls.", "6 - =")]
    [InlineData("The reserve covers 500 km².", "500 square kilometre =")]
    [InlineData("The plant produces 200 megawatt-hours.", "200 megawatt hour =")]
    [InlineData("The ship sailed 200 nautical miles.", "200 nautical mile =")]
    [InlineData("He stands 6ft 2in.", "6 foot =", "2 inch =")]
    [InlineData("The yield rose 3 bps.", "3 basis point up")]
    [InlineData("Apple went from 1000 to 2000 hires this year.", "1000-2000 hire =")]
    [InlineData("The 100,000-strong army advanced.", "100000 army =")]
    [InlineData("Rates rose to 5.25%-5.5%.", "5.25-5.5 percentage =")]
    [InlineData("The phone has a 48MP camera.", "48 megapixel =")]
    [InlineData("The galaxy is 13.4 billion light-years away.", "13400000000 light-year =")]
    [InlineData("Two-thirds of the budget went on pay.", "0.6666666666666666 % budget =")]
    [InlineData("The cost is $1.3bn Canadian dollars.", "1300000000 canadian dollar =")]
    [InlineData("He paid Rs. 1,25,000 for a 100€ ticket.", "125000 indian rupee =", "100 euro =")]
    [InlineData("Workers earn $15-an-hour and output rose by 200,000 bpd.", "15 dollar per hour =", "200000 barrel per day up")]
    [InlineData("Sales reached 12,34,567.89 rupees, not 1,23,4567.", "1234567.89 indian rupee =")]
    [InlineData("The 2,000-square-foot house has a 5-cubic-metre tank.", "2000 square foot =", "5 cubic metre =")]
    [InlineData("Fees are no more than 7 percent and no fewer than 40 people came.", "7 percentage <", "40 people >")]
    public void Currencies_multiples_and_mixed_fractions_are_named(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("Between 5 and 10 miles of road were closed.", "5-10 mile =")]
    [InlineData("The bridge will cost $10 to $15 billion.", "10000000000-15000000000 dollar =")]
    [InlineData("It weighs 3-4 kg.", "3-4 kilogram =")]
    [InlineData("The repairs cost tens of thousands of dollars.", "10000-100000 dollar =")]
    [InlineData("Output increased by $2 billion to $9 billion.", "2000000000 dollar up", "9000000000 dollar =")]
    [InlineData("It does a 0-to-60-mph sprint in four seconds.", "0-60 mile per hour =", "4 second =")]
    [InlineData("It says 60 per cent of men aged 18 to 34 bet on sport.", "60 percentage =", "18-34 year of age =")]
    public void Ranges_are_joined_where_the_sentence_states_one(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("Patients were given 45 and 50 mg of the drug.", "45 milligram =", "50 milligram =")]
    [InlineData("Output fell by 3, 4 and 5 percent in those years.", "3 percentage down", "4 percentage =", "5 percentage =")]
    [InlineData("The fines were 5 or 10 million dollars.", "5000000 dollar =", "10000000 dollar =")]
    [InlineData("The index will end the year at 16,644, 16 per cent above its level.", "16644 - =", "16 percentage =")]
    public void A_list_of_numbers_shares_the_unit_and_magnitude_of_its_last(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("Prices rose from $160 last week to $180.", "160-180 dollar =")]
    [InlineData("The fare went from $160 to $180 to $200.", "160-180 dollar =", "180-200 dollar =")]
    [InlineData("Volume narrowed to 138,285 lots from 212,577 lots.", "212577-138285 lot =")]
    [InlineData("Mileage climbed from 21 mpg combined to 23.", "21-23 mile per gallon =")]
    public void Ranges_from_to_span_a_few_words_and_either_order(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("It is one of four separate mission concepts.", "0.25 % separate mission concept =")]
    [InlineData("One fourth of the US population is vaccinated.", "0.25 % us population =")]
    [InlineData("Three in 10 voters stayed home.", "0.3 % voter =")]
    [InlineData("A quarter of the children were sick.", "0.25 % child =")]
    [InlineData("Polls say one in eight adults have tried it.", "0.125 % adult =")]
    [InlineData("Cuts hit more than one-fourth of all beneficiaries.", "0.25 % beneficiary >")]
    [InlineData("Nearly 3 in 5 registered Ohio voters agree.", "0.6 % registered ohio voter ~")]
    public void Shares_of_a_group_are_ratios_of_it(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("It costs about 8 or $9.", "8 dollar ~", "9 dollar =")]
    [InlineData("The index rose 64.06 points to 4,577.10.", "64.06 point up", "4577.1 point =")]
    [InlineData("The Dow fell 500 points, or 1.5%, to 33,000.", "500 point down", "1.5 percentage down", "33000 point =")]
    [InlineData("The FTSE 100 closed down 45 points at 7,600.", "45 point down", "7600 point =")]
    public void A_bare_number_takes_the_unit_stated_for_it(string text, params string[] expected) => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("The storm arrived on March 29 in 2019.")]
    [InlineData("He scored twice in Game 2.")]
    [InlineData("It was the 22nd amendment.")]
    [InlineData("The meeting starts at 10 am.")]
    [InlineData("By 2030 emissions must halve.")]
    [InlineData("Section 230 protects platforms.")]
    [InlineData("Microsoft released Windows 11 in 2021.")]
    [InlineData("The airline ordered more Boeing 737 jets.")]
    [InlineData("He wore the number 23 shirt.")]
    [InlineData("Call 0800 123 456 for help.")]
    [InlineData("The 2022 results beat forecasts.")]
    [InlineData("SB 8 is a Texas law.")]
    [InlineData("2. He has strong support.")]
    public void Dates_years_ordinals_and_names_are_not_quantities(string text) => Assert.Empty(Find(text));

    [Fact]
    public void A_bare_number_has_no_unit_and_a_duration_is_a_quantity()
    {
        Assert.Equal(["4577.1 - ="], Find("The index closed at 4,577.10."));
        Assert.Equal(["2 week ="], Find("He worked there for two weeks."));
    }

    [Fact]
    public void Spans_cover_the_number_and_its_unit()
    {
        var sentence = Annotator.Annotate("The ferry carried 40 cars.").Sentences[0];
        var q = Assert.Single(QuantityExtractor.Find(sentence));
        Assert.Equal(["40", "cars"], sentence.Words.Skip(q.Start).Take(q.End - q.Start));
        Assert.Equal("cars", q.Unit);
        Assert.False(q.IsRange);
    }

    [Theory]
    [InlineData("lorries", "lorry")]
    [InlineData("fishermen", "fisherman")]
    [InlineData("children", "child")]
    [InlineData("boxes", "box")]
    [InlineData("buses", "bus")]
    [InlineData("people", "people")]
    [InlineData("series", "series")]
    [InlineData("cars", "car")]
    public void Singulars(string plural, string singular) => Assert.Equal(singular, QuantityExtractor.Singular(plural));

    [Theory]
    [InlineData("smaller", "small")]
    [InlineData("hottest", "hot")]
    [InlineData("largest", "large")]
    [InlineData("happiest", "happy")]
    [InlineData("best", "good")]
    [InlineData("greatest", "great")]
    public void Positives(string adjective, string positive) => Assert.Equal(positive, QuantityExtractor.Positive(adjective));
}
