package io.fatti.tools.ner;

import io.fatti.entity.NameModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Compiles a trained name model for fast inference: {@code x.bin} with its ensemble members {@code x-members.bin}
 * becomes {@code x-compiled.bin} ({@link io.fatti.entity.CompiledNameModel}), the form the runtime loads. OpenNLP
 * stays the training engine and the reference; {@code train-ner} calls this at the end. Usage:
 * {@code CompileNameModel [--model models/entity-kind/it-ner.bin]}.
 */
public final class CompileNameModel {

    private CompileNameModel() {
    }

    public static void main(String[] args) throws IOException {
        Path model = Path.of(NameModel.RESOURCE);
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].equals("--model") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: CompileNameModel [--model FILE.bin]");
            }
            model = Path.of(args[i + 1]);
        }
        if (!Files.isRegularFile(model)) {
            throw new IllegalArgumentException("--model: " + model + " not found");
        }
        long t0 = System.nanoTime();
        Path out = NameModel.compile(model);
        System.out.printf(Locale.ROOT, "compiled %s -> %s (%d bytes) in %.1f s%n", model, out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }
}
