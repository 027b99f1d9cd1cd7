package io.fatti.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The default Italian stages, in precedence order: entities (a product name swallows its model number), then
 * temporal expressions (dates keep their numbers), then values (money, percentages, quantities, numbers), then the
 * stages that refine what was found (changes, facts).
 */
public final class ItalianPipeline {

    private ItalianPipeline() {
    }

    /** Choices a user can make when building the extractor. */
    public record Options(boolean entities, boolean temporal) {

        public static Options defaults() {
            return new Options(true, true);
        }
    }

    public static List<Annotator> defaultStages(Options options) {
        List<Annotator> stages = new ArrayList<>();
        if (options.temporal()) {
            stages.add(io.fatti.time.TemporalAnnotator.italian());
        }
        stages.add(io.fatti.number.ValueAnnotator.moneyAndPercent());
        stages.add(io.fatti.quantity.QuantityAnnotator.italian());
        stages.add(io.fatti.number.ValueAnnotator.numbers());
        stages.add(new io.fatti.change.ChangeAnnotator()); // refinement: after the value stages
        return stages;
    }
}
