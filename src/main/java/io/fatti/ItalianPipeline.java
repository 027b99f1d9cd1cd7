package io.fatti;

import io.fatti.entity.EntityBackend;
import io.fatti.pipeline.Annotator;
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
    public record Options(boolean entities, boolean temporal, EntityBackend entityBackend) {

        public Options {
            if (entityBackend == null) {
                throw new IllegalArgumentException("entityBackend is null");
            }
        }

        public Options(boolean entities, boolean temporal) {
            this(entities, temporal, EntityBackend.OPENNLP);
        }

        public static Options defaults() {
            return new Options(true, true, EntityBackend.OPENNLP);
        }

        public Options withEntityBackend(EntityBackend backend) {
            return new Options(entities, temporal, backend);
        }
    }

    public static List<Annotator> defaultStages(Options options) {
        List<Annotator> stages = new ArrayList<>();
        // the entity stage's model loads in the background while the other stages are built
        java.util.function.Supplier<Annotator> entities = options.entities()
                ? io.fatti.entity.EntityAnnotator.prepare(options.entityBackend()) : null;
        if (options.temporal()) {
            stages.add(io.fatti.time.TemporalAnnotator.italian());
        }
        stages.add(io.fatti.number.ValueAnnotator.moneyAndPercent());
        stages.add(io.fatti.quantity.QuantityAnnotator.italian());
        stages.add(io.fatti.number.ValueAnnotator.numbers());
        stages.add(new io.fatti.change.ChangeAnnotator()); // refinement: after the value stages
        stages.add(io.fatti.fact.FactAnnotator.italian()); // links values into facts: after the changes
        if (entities != null) {
            stages.add(0, entities.get()); // entities first: their names claim tokens before values are read
        }
        return stages;
    }
}
