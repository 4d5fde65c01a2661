using System.Globalization;
using Corroborate.Language.Learning;

namespace Corroborate.Language;

/// <summary>One training sentence for <see cref="EntityRecognizer.Train"/>: words, gold IOB2 tags and part-of-speech tags.</summary>
public sealed record EntityExample(IReadOnlyList<string> Words, IReadOnlyList<string> Iob2, IReadOnlyList<PosTag> Tags);

/// <summary>
/// The statistical entity recognizer: people, organizations and places (PER, ORG, LOC), as Universal
/// NER annotates them. A structured averaged perceptron over BILOU tags (Begin, Inside, Last, Unit,
/// Outside): each word's features score every tag, tag-to-tag weights score each pair, and Viterbi
/// decoding finds the best sequence that is a valid BILOU sequence, so no span is ever left open.
/// </summary>
/// <remarks>
/// Features: the word and its lower case, prefixes and suffixes, shape and capitalization, the two words
/// either side, part-of-speech tags around it, word clusters of it and its neighbours (computed by our
/// own code from unlabelled text), whether the words form a name in the gazetteer, and whether they are
/// common given names or surnames (many unknown capitalized words are not people), and the kind of word
/// that ends the run of capitalized words a word stands in ("Company", "Street"). Loaded once;
/// immutable and thread-safe.
/// </remarks>
public sealed class EntityRecognizer
{
    public const string Kind = "entities";

    internal const int MaxFeatures = 64;

    // Raised whenever the features change, so that a model trained with other features is refused, not misread.
    private const string FeatureVersion = "4";
    private const int TransitionTemplate = 90;

    // Perceptrons trained on differently shuffled data and summed: each alone leans on the order it saw.
    private static readonly int[] Seeds = [20231207, 20231208, 20231209];

    private readonly PerceptronModel _model;
    private readonly WordClusters _clusters;
    private readonly string[] _tags;
    private readonly EntityLabel[] _types;
    private readonly bool[,] _allowed;
    private readonly float[,] _transitions;

    private EntityRecognizer(PerceptronModel model, ModelInfo info, WordClusters clusters)
    {
        _model = model;
        _clusters = clusters;
        Info = info;
        _tags = [.. info.Labels];
        _types = [.. _tags.Select(t => t.Length > 2 ? Enum.Parse<EntityLabel>(t[2..]) : default)];
        _allowed = Allowed(_tags);
        _transitions = new float[_tags.Length + 1, _tags.Length];
        Span<ulong> feature = stackalloc ulong[1];
        Span<float> scores = stackalloc float[_tags.Length];
        for (var previous = 0; previous <= _tags.Length; previous++)
        {
            feature[0] = Transition(previous);
            scores.Clear();
            model.AddScores(feature, scores);
            for (var tag = 0; tag < _tags.Length; tag++)
            {
                _transitions[previous, tag] = scores[tag];
            }
        }
    }

    public ModelInfo Info { get; }

    /// <summary>The entity types this model finds.</summary>
    public IReadOnlyList<EntityLabel> Labels => [.. _types.Where((_, i) => _tags[i].StartsWith("U-", StringComparison.Ordinal))];

    public static EntityRecognizer Load(string path, WordClusters clusters)
    {
        var (info, models) = ModelFile.Read(path, Kind);
        ModelFile.RequireTrainedWith(info, path, clusters, FeatureVersion, "entity", "corroborate train entities");
        return new EntityRecognizer(models[0], info, clusters);
    }

    public void Save(string path) => ModelFile.Write(path, Info, [_model]);

    /// <summary>The entities in one sentence, given its words and their part-of-speech tags.</summary>
    public IReadOnlyList<Entity> Find(IReadOnlyList<string> words, IReadOnlyList<PosTag> tags) => Find(new WordForms(words, _clusters), tags, null);

    /// <param name="forms">The sentence's word forms, shared with the tagger.</param>
    /// <param name="tags">The words' part-of-speech tags.</param>
    /// <param name="gazetteer">The gazetteer's matches in the words, when the caller has them already.</param>
    internal IReadOnlyList<Entity> Find(WordForms forms, IReadOnlyList<PosTag> tags, IReadOnlyList<Knowledge.GazetteerMatch>? gazetteer)
    {
        var words = forms.Words;
        if (words.Count == 0)
        {
            return [];
        }
        var emissions = new float[words.Count * _tags.Length];
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        var context = new Context(forms, tags, gazetteer);
        for (var i = 0; i < words.Count; i++)
        {
            var n = Features(context, i, features);
            _model.AddScores(features[..n], emissions.AsSpan(i * _tags.Length, _tags.Length));
        }
        var path = Viterbi(emissions, words.Count, _tags.Length, _allowed, _transitions);
        return Spans(path);
    }

    private List<Entity> Spans(int[] path)
    {
        var entities = new List<Entity>();
        var start = -1;
        for (var i = 0; i < path.Length; i++)
        {
            var tag = _tags[path[i]];
            switch (tag[0])
            {
                case 'U':
                    entities.Add(new Entity(_types[path[i]], i, i + 1));
                    break;
                case 'B':
                    start = i;
                    break;
                case 'L' when start >= 0:
                    entities.Add(new Entity(_types[path[i]], start, i + 1));
                    start = -1;
                    break;
            }
        }
        return entities;
    }

    /// <summary>Trains on sentences with gold IOB2 tags (<c>O</c>, <c>B-PER</c>, <c>I-PER</c> …) and part-of-speech
    /// tags from a tagger (<paramref name="tagging"/> says which, for the model header).</summary>
    /// <remarks>The part-of-speech tags should be as wrong as they will be at run time (from taggers that have not
    /// seen the sentences): tags from a tagger trained on them are nearly perfect, and the model learns to trust them too far.</remarks>
    public static EntityRecognizer Train(IReadOnlyList<EntityExample> sentences, string tagging, WordClusters clusters,
        int epochs, string trainingData, string attribution, Action<string>? log = null)
    {
        var types = sentences.SelectMany(s => s.Iob2).Where(t => t != "O").Select(t => t[2..]).Distinct().Order(StringComparer.Ordinal).ToList();
        var tags = new List<string> { "O" };
        foreach (var type in types)
        {
            _ = Enum.Parse<EntityLabel>(type);
            tags.AddRange(["B-" + type, "I-" + type, "L-" + type, "U-" + type]);
        }
        var ids = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var allowed = Allowed([.. tags]);
        var data = sentences.Select(s => (Context: new Context(new WordForms(s.Words, clusters), s.Tags), Gold: Bilou(s.Iob2, ids))).ToList();

        var runs = new List<PerceptronModel>(Seeds.Length);
        foreach (var seed in Seeds)
        {
            var perceptron = new AveragedPerceptron(tags.Count);
            var random = new Random(seed);
            var order = Enumerable.Range(0, data.Count).ToArray();
            var features = new ulong[MaxFeatures];
            var transition = new ulong[1];
            var transitions = new float[tags.Count + 1, tags.Count];
            var row = new float[tags.Count];
            for (var epoch = 0; epoch < epochs; epoch++)
            {
                random.Shuffle(order);
                int wrong = 0;
                foreach (var k in order)
                {
                    var (context, gold) = data[k];
                    for (var previous = 0; previous <= tags.Count; previous++)
                    {
                        transition[0] = Transition(previous);
                        Array.Clear(row);
                        perceptron.AddScores(transition, row);
                        for (var tag = 0; tag < tags.Count; tag++)
                        {
                            transitions[previous, tag] = row[tag];
                        }
                    }
                    var length = gold.Length;
                    var all = new ulong[length][];
                    var emissions = new float[length * tags.Count];
                    for (var i = 0; i < length; i++)
                    {
                        var n = Features(context, i, features);
                        all[i] = features[..n];
                        perceptron.AddScores(all[i], emissions.AsSpan(i * tags.Count, tags.Count));
                    }
                    var path = Viterbi(emissions, length, tags.Count, allowed, transitions);
                    var mistaken = false;
                    for (var i = 0; i < length; i++)
                    {
                        if (path[i] != gold[i])
                        {
                            mistaken = true;
                            perceptron.Reward(all[i], gold[i], 1);
                            perceptron.Reward(all[i], path[i], -1);
                        }
                        var goldPrevious = i == 0 ? tags.Count : gold[i - 1];
                        var guessPrevious = i == 0 ? tags.Count : path[i - 1];
                        if (goldPrevious != guessPrevious || gold[i] != path[i])
                        {
                            transition[0] = Transition(goldPrevious);
                            perceptron.Reward(transition, gold[i], 1);
                            transition[0] = Transition(guessPrevious);
                            perceptron.Reward(transition, path[i], -1);
                        }
                    }
                    perceptron.EndStep();
                    wrong += mistaken ? 1 : 0;
                }
                log?.Invoke(FormattableString.Invariant($"  epoch {epoch + 1}: {wrong} of {data.Count} sentences decoded wrongly"));
            }
            runs.Add(perceptron.Average());
        }
        var properties = new Dictionary<string, string>
        {
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["clusters"] = clusters.Info.TrainingData,
            ["tagger"] = tagging,
            ["scheme"] = "BILOU",
            ["features"] = FeatureVersion,
        };
        return new EntityRecognizer(PerceptronModel.Sum(runs), new ModelInfo(Kind, tags, trainingData, attribution, properties), clusters);
    }

    /// <summary>IOB2 tags as BILOU tag ids; an I- without its B- begins an entity.</summary>
    internal static int[] Bilou(IReadOnlyList<string> iob2, IReadOnlyDictionary<string, int> ids)
    {
        var result = new int[iob2.Count];
        foreach (var (label, start, end) in Corpora.Iob2.Spans(iob2))
        {
            if (end - start == 1)
            {
                result[start] = ids["U-" + label];
                continue;
            }
            result[start] = ids["B-" + label];
            for (var i = start + 1; i < end - 1; i++)
            {
                result[i] = ids["I-" + label];
            }
            result[end - 1] = ids["L-" + label];
        }
        return result;
    }

    /// <summary>Which tag may follow which (the last row is the sentence start): B and I go on with I or L of
    /// the same type; O, L and U go on with O, B or U.</summary>
    private static bool[,] Allowed(string[] tags)
    {
        var allowed = new bool[tags.Length + 1, tags.Length];
        for (var previous = 0; previous <= tags.Length; previous++)
        {
            var p = previous == tags.Length ? "O" : tags[previous];
            for (var tag = 0; tag < tags.Length; tag++)
            {
                var t = tags[tag];
                allowed[previous, tag] = p[0] is 'B' or 'I'
                    ? t[0] is 'I' or 'L' && t.AsSpan(2).SequenceEqual(p.AsSpan(2))
                    : t[0] is 'O' or 'B' or 'U';
            }
        }
        return allowed;
    }

    /// <summary>The best valid tag sequence. The end must not leave a span open (only O, L or U last).</summary>
    private static int[] Viterbi(float[] emissions, int length, int tagCount, bool[,] allowed, float[,] transition)
    {
        var score = new float[length * tagCount];
        var back = new int[length * tagCount];
        for (var tag = 0; tag < tagCount; tag++)
        {
            score[tag] = allowed[tagCount, tag] ? emissions[tag] + transition[tagCount, tag] : float.NegativeInfinity;
        }
        for (var i = 1; i < length; i++)
        {
            for (var tag = 0; tag < tagCount; tag++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                for (var previous = 0; previous < tagCount; previous++)
                {
                    if (!allowed[previous, tag])
                    {
                        continue;
                    }
                    var s = score[(i - 1) * tagCount + previous] + transition[previous, tag];
                    if (s > best)
                    {
                        best = s;
                        from = previous;
                    }
                }
                score[i * tagCount + tag] = best + emissions[i * tagCount + tag];
                back[i * tagCount + tag] = from;
            }
        }
        // A sentence may end only where an O may follow: after O, L or U.
        var last = 0;
        var bestEnd = float.NegativeInfinity;
        for (var tag = 0; tag < tagCount; tag++)
        {
            if (allowed[tag, 0] && score[(length - 1) * tagCount + tag] > bestEnd)
            {
                bestEnd = score[(length - 1) * tagCount + tag];
                last = tag;
            }
        }
        var path = new int[length];
        path[length - 1] = last;
        for (var i = length - 1; i > 0; i--)
        {
            path[i - 1] = back[i * tagCount + path[i]];
        }
        return path;
    }

    private static ulong Transition(int previous) => FeatureHash.Of(TransitionTemplate, previous.ToString(CultureInfo.InvariantCulture));

    /// <summary>Per-sentence values every word's features read: normalized words, shapes, tags, clusters.</summary>
    private sealed class Context
    {
        public Context(WordForms forms, IReadOnlyList<PosTag> tags, IReadOnlyList<Knowledge.GazetteerMatch>? gazetteer = null)
        {
            var words = forms.Words;
            Words = words;
            Lower = forms.Lower;
            Shapes = forms.Shapes;
            Tags = [.. tags.Select(t => t.Xpos)];
            Clusters = forms.Clusters;
            Coarse = forms.Coarse;
            Gazetteer = GazetteerTags(words, gazetteer ?? Knowledge.Gazetteer.Default.Find(words));
            // Written in lower case, a name is often a word ("rose", "mark"): marked apart. Inside a known place or
            // organization ("Austin", "Morgan Stanley") the gazetteer has said what the words are.
            People = [.. words.Select((w, i) => Gazetteer[i] != "-" ? "-"
                : Knowledge.Gazetteer.Default.PersonName(w) is { } kind ? char.IsUpper(w[0]) ? kind : "~" + kind : "-")];
            Heads = NameHeads(words);
            var letters = words.Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
            // Headlines in capitals and e-mails in lower case: capitalization means less there.
            Casing = letters.Count < 3 ? "short"
                : letters.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c))) ? "upper"
                : letters.Count(w => char.IsUpper(w[0])) * 4 > letters.Count * 3 ? "title"
                : letters.All(w => !char.IsUpper(w[0])) ? "lower" : "mixed";
        }

        public IReadOnlyList<string> Words { get; }
        public string[] Lower { get; }
        public string[] Shapes { get; }
        public string[] Tags { get; }
        public string[] Clusters { get; }
        public string[] Coarse { get; }
        public string[] Gazetteer { get; }
        public string GazetteerAt(int i) => i < 0 ? "<s>" : i >= Count ? "</s>" : Gazetteer[i];
        public string[] People { get; }
        public string[] Heads { get; }
        public string Casing { get; }
        public int Count => Words.Count;

        public string LowerAt(int i) => i < 0 ? "<s>" : i >= Count ? "</s>" : Lower[i];
        public string TagAt(int i) => i < 0 ? "<s>" : i >= Count ? "</s>" : Tags[i];
        public string ShapeAt(int i) => i < 0 ? "<s>" : i >= Count ? "</s>" : Shapes[i];
        public string ClusterAt(int i) => i < 0 ? "<s>" : i >= Count ? "</s>" : Clusters[i];
    }

    private static int Features(Context c, int i, Span<ulong> f)
    {
        var word = c.Words[i];
        var lower = c.Lower[i];
        var shape = c.Shapes[i];
        var n = 0;
        f[n++] = FeatureHash.Of(0, "bias");
        f[n++] = FeatureHash.Of(1, word);
        f[n++] = FeatureHash.Of(2, lower);
        f[n++] = FeatureHash.Of(3, Suffix(lower, 2));
        f[n++] = FeatureHash.Of(4, Suffix(lower, 3));
        f[n++] = FeatureHash.Of(5, Suffix(lower, 4));
        f[n++] = FeatureHash.Of(6, Prefix(lower, 2));
        f[n++] = FeatureHash.Of(7, Prefix(lower, 3));
        f[n++] = FeatureHash.Of(8, Prefix(lower, 4));
        f[n++] = FeatureHash.Of(9, shape);
        f[n++] = FeatureHash.Of(10, shape, c.Casing);
        f[n++] = FeatureHash.Of(11, i == 0 ? "first" : "inside", shape);
        f[n++] = FeatureHash.Of(12, c.LowerAt(i - 1));
        f[n++] = FeatureHash.Of(13, c.LowerAt(i - 2));
        f[n++] = FeatureHash.Of(14, c.LowerAt(i + 1));
        f[n++] = FeatureHash.Of(15, c.LowerAt(i + 2));
        f[n++] = FeatureHash.Of(16, c.LowerAt(i - 1), lower);
        f[n++] = FeatureHash.Of(17, lower, c.LowerAt(i + 1));
        f[n++] = FeatureHash.Of(18, c.ShapeAt(i - 1), shape);
        f[n++] = FeatureHash.Of(19, shape, c.ShapeAt(i + 1));
        f[n++] = FeatureHash.Of(20, c.ShapeAt(i - 1), shape, c.ShapeAt(i + 1));
        f[n++] = FeatureHash.Of(21, c.TagAt(i));
        f[n++] = FeatureHash.Of(22, c.TagAt(i - 1), c.TagAt(i));
        f[n++] = FeatureHash.Of(23, c.TagAt(i), c.TagAt(i + 1));
        f[n++] = FeatureHash.Of(24, c.TagAt(i - 1));
        f[n++] = FeatureHash.Of(25, c.TagAt(i + 1));
        f[n++] = FeatureHash.Of(26, c.TagAt(i), shape);
        f[n++] = FeatureHash.Of(27, c.Clusters[i]);
        f[n++] = FeatureHash.Of(28, c.Coarse[i]);
        f[n++] = FeatureHash.Of(29, c.ClusterAt(i - 1));
        f[n++] = FeatureHash.Of(30, c.ClusterAt(i + 1));
        f[n++] = FeatureHash.Of(31, c.Clusters[i], shape);
        f[n++] = FeatureHash.Of(32, c.ClusterAt(i - 1), c.Clusters[i]);
        f[n++] = FeatureHash.Of(33, c.Clusters[i], c.ClusterAt(i + 1));
        f[n++] = FeatureHash.Of(34, c.TagAt(i - 1), c.LowerAt(i - 1));
        f[n++] = FeatureHash.Of(35, c.TagAt(i + 1), c.LowerAt(i + 1));
        f[n++] = FeatureHash.Of(36, word.Length > 0 && char.IsUpper(word[0]) ? "cap" : "-", c.Casing, c.TagAt(i));
        f[n++] = FeatureHash.Of(42, c.LowerAt(i - 1), shape);
        f[n++] = FeatureHash.Of(43, shape, c.LowerAt(i + 1));
        f[n++] = FeatureHash.Of(44, Suffix(lower, 5));
        f[n++] = FeatureHash.Of(46, c.Gazetteer[i]);
        f[n++] = FeatureHash.Of(47, c.Gazetteer[i], shape);
        f[n++] = FeatureHash.Of(48, c.GazetteerAt(i - 1), c.Gazetteer[i]);
        f[n++] = FeatureHash.Of(49, c.Gazetteer[i], c.GazetteerAt(i + 1));
        f[n++] = FeatureHash.Of(62, c.Heads[i]);
        f[n++] = FeatureHash.Of(63, c.Heads[i], shape);
        f[n++] = FeatureHash.Of(58, c.People[i]);
        f[n++] = FeatureHash.Of(59, c.People[i], shape);
        for (var k = -3; k <= 3; k++)
        {
            if (k != 0 && i + k >= 0 && i + k < c.Count)
            {
                f[n++] = FeatureHash.Of(45, c.Lower[i + k]);
            }
        }
        return n;
    }

    /// <summary>
    /// Each word's place in a gazetteer name: <c>B-Country</c>, <c>L-City</c>, <c>U-Title</c>, or <c>-</c>.
    /// Names are matched as written and, for words in lower case (web text), capitalized, marked <c>~</c>.
    /// </summary>
    private static string[] GazetteerTags(IReadOnlyList<string> words, IReadOnlyList<Knowledge.GazetteerMatch> matches)
    {
        var tags = new string[words.Count];
        Array.Fill(tags, "-");
        Mark(matches, tags, "");
        if (words.Any(w => w.Length > 1 && char.IsLower(w[0])))
        {
            var capitalized = words.Select(w => w.Length > 1 && char.IsLower(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w).ToArray();
            Mark(Knowledge.Gazetteer.Default.Find(capitalized), tags, "~");
        }
        return tags;
    }

    private static void Mark(IReadOnlyList<Knowledge.GazetteerMatch> matches, string[] tags, string mark)
    {
        foreach (var match in matches)
        {
            if (tags[match.Start] != "-")
            {
                continue;
            }
            var kind = match.Kind.ToString();
            for (var i = match.Start; i < match.End; i++)
            {
                var position = match.Length == 1 ? "U-" : i == match.Start ? "B-" : i == match.End - 1 ? "L-" : "I-";
                tags[i] = string.Concat(mark, position, kind);
            }
        }
    }

    // Last words that make a run of capitalized words an organization or a place ("Acme Widget Company",
    // "Elm Street"): the model sees them beside a word, but not from the start of a longer name.
    private static readonly HashSet<string> OrganizationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Ltd.", "LLC", "Group", "Association",
        "Institute", "University", "College", "School", "Academy", "Foundation", "Society", "Council", "Committee",
        "Commission", "Agency", "Authority", "Department", "Ministry", "Bureau", "Office", "Bank", "Party", "Union",
        "Federation", "League", "Club", "Team", "Church", "Airlines", "Airways", "Motors", "Systems", "Technologies",
        "Services", "Partners", "Associates", "Industries", "Enterprises", "Holdings", "Press", "Times", "Post", "News",
        "Network", "Center", "Centre", "Court", "Forces", "Army", "Navy", "Police", "Board", "Trust",
    };

    private static readonly HashSet<string> PlaceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Street", "St.", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Drive", "Highway", "River",
        "Lake", "Mountain", "Mountains", "Mount", "Island", "Islands", "Beach", "Bay", "Valley", "Park", "County",
        "City", "Hills", "Falls", "Canyon", "Coast", "Square", "Hotel", "Restaurant", "Grill", "Cafe", "Mall",
        "Airport", "Station", "Hall", "Museum", "Hospital", "Stadium", "Bridge", "District",
    };

    /// <summary>For each word in a run of capitalized words (which may hold "of", "and", "&amp;", "for", "the"),
    /// the kind of the run's last word (<c>org</c>, <c>loc</c> or <c>-</c>) and the word's place in the run;
    /// <c>-</c> outside runs.</summary>
    private static string[] NameHeads(IReadOnlyList<string> words)
    {
        var heads = new string[words.Count];
        Array.Fill(heads, "-");
        static bool Capitalized(string w) => w.Length > 0 && char.IsUpper(w[0]);
        static bool Joiner(string w) => w is "of" or "and" or "&" or "for" or "the" or "de" or "'s";
        var i = 0;
        while (i < words.Count)
        {
            if (!Capitalized(words[i]))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < words.Count && (Capitalized(words[end]) || (Joiner(words[end]) && end + 1 < words.Count && Capitalized(words[end + 1]))))
            {
                end++;
            }
            var last = words[end - 1];
            var kind = OrganizationHeads.Contains(last) ? "org" : PlaceHeads.Contains(last) ? "loc" : "-";
            for (var k = i; k < end; k++)
            {
                var position = end - i == 1 ? "U" : k == i ? "B" : k == end - 1 ? "L" : "I";
                heads[k] = kind + position;
            }
            i = end;
        }
        return heads;
    }

    private static ReadOnlySpan<char> Suffix(string word, int n) => word.Length <= n ? word : word.AsSpan(word.Length - n);

    private static ReadOnlySpan<char> Prefix(string word, int n) => word.Length <= n ? word : word.AsSpan(0, n);
}
