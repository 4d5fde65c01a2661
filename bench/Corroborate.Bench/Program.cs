using Corroborate.Bench;

return args.FirstOrDefault() switch
{
    "extraction" => ExtractionEvaluation.Run(args[1..]),
    "extraction-page" => ExtractionEvaluation.Page(args[1..]),
    "extraction-speed" => ExtractionSpeed.Run(args[1..]),
    "extraction-metadata" => ExtractionMetadata.Run(args[1..]),
    "tokens" => Tokens.Run(args[1..]),
    "entity-errors" => EntityErrors.Run(args[1..]),
    "language-speed" => LanguageSpeed.Run(args[1..]),
    "show-entities" => ShowEntities.Run(args[1..]),
    "parser-speed" => ParserSpeed.Run(args[1..]),
    "parser-errors" => ParserErrors.Run(args[1..]),
    "prune-parser" => PruneParser.Run(args[1..]),
    "story-sweep" => StorySweep.Run(args[1..]),
    "story-trace" => StoryTrace.Run(args[1..]),
    "story-scale" => StoryScale.Run(args[1..]),
    "story-store" => StoryStore.Run(args[1..]),
    "event-errors" => EventErrors.Run(args[1..]),
    "plover-dictionaries" => PloverDictionaries.Run(args[1..]),
    "event-speed" => EventSpeed.Run(args[1..]),
    "quote-errors" => QuoteErrors.Run(args[1..]),
    "dictionary-load" => DictionaryLoad.Run(args[1..]),
    "quantity-errors" => QuantityErrors.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Corroborate.Bench extraction [--split all|dev|held-out] [--data DIR] [--pages] [--tools a,b,…]
               Corroborate.Bench extraction-speed [--rounds N] [--data DIR]
               Corroborate.Bench extraction-metadata [--show] [--data DIR]
               Corroborate.Bench tokens [--split dev|train] [--show N]   (our tokens against UD EWT's words)
               Corroborate.Bench language-speed [--models DIR] [--rounds N] [--warmup N] [--parts] [--stage NAME] [--dump-text PATH]   (tokens/s, stage by stage, one thread)
               Corroborate.Bench parser-speed [--models DIR] [--rounds N] [--warmup N]   (parsing alone, tokens/s, one thread; tagging beside it)
               Corroborate.Bench parser-errors [--models DIR] [--show N]   (dev only: wrong heads by relation, our tags against gold tags; N sentences with a wrong root)
               Corroborate.Bench prune-parser <in> <out> <minimum weight> [--beam N] [--margin X]   (a parser model without its small weights, or with another beam and margin)
               Corroborate.Bench story-sweep [--data DIR] [--join X,Y,…] [--window D,…] [--show set/part]   (dev parts only: B³ F1 over a grid; errors of the first setting)
               Corroborate.Bench story-scale [--sizes 10000,100000] [--rounds N]   (one thread: MinHash docs/s; clustering articles/s as the stream grows)
               Corroborate.Bench story-store [--data DIR] [--batch N] [--merge X] [--part set/part]   (dev parts only: B³ and articles/s in memory, stored batch by batch, after recluster)
               Corroborate.Bench story-trace <paths…>   (each article's candidate stories and scores)
               Corroborate.Bench dictionary-load [--folder DIR] [--rounds N]   (PETRARCH dictionaries: first load of the process, then warm rounds)
               Corroborate.Bench show-entities <file> [--published DATE]   (the entities the annotator finds)
               Corroborate.Bench entity-errors [--models DIR] [--show N]   (dev only: missed and spurious entities)
               Corroborate.Bench event-errors [--wrong-only]   (PLOVER gold, dev half only: gold beside coded)
               Corroborate.Bench quote-errors [--article PREFIX] [--all] [--text FILE]   (PolNeAR dev only: missed gold attributions, spurious quotes)
               Corroborate.Bench event-speed [--rounds N] [--warmup N]   (event coding alone beside parsing, UD EWT dev)
               Corroborate.Bench quantity-errors [--set newsquant|age|currency|dimension|temperature] [--change] [--entities] [--all]   (dev third only: gold beside found; --all also the right ones)
               Corroborate.Bench extraction-page <id prefix> [--data DIR]   (dev pages only: what was kept and missed)
        """);
    return 2;
}
