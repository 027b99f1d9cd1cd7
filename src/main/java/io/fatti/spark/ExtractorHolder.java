package io.fatti.spark;

import io.fatti.Fatti;
import io.fatti.ItalianPipeline;
import io.fatti.entity.EntityBackend;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One extractor per executor JVM and entity backend, built on first use and reused by every task and partition that
 * runs in that JVM. Nothing is serialised: a task carries only the backend's name, and the models load from the job
 * jar on the executor. {@link Fatti} is thread-safe, so concurrent tasks of one executor share it.
 */
final class ExtractorHolder {

    private static final Map<EntityBackend, Fatti> EXTRACTORS = new ConcurrentHashMap<>();

    private ExtractorHolder() {
    }

    static Fatti extractor(EntityBackend backend) {
        return EXTRACTORS.computeIfAbsent(backend,
                b -> Fatti.italian(ItalianPipeline.Options.defaults().withEntityBackend(b)));
    }

    /** How many extractors this JVM has built (one per backend used). */
    static int built() {
        return EXTRACTORS.size();
    }
}
