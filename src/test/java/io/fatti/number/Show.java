package io.fatti.number;

import io.fatti.core.ArticleContext;
import io.fatti.Fatti;
import io.fatti.mention.Mention;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the value mentions of a text file or a string (a developer's tool, not a test). */
public class Show {
    public static void main(String[] args) throws Exception {
        String text = args[0].endsWith(".txt") ? Files.readString(Path.of(args[0])) : args[0];
        var x = Fatti.italian().extract(text, ArticleContext.undated());
        for (Mention m : x.mentions()) {
            System.out.println(m);
        }
        x.problems().forEach(p -> System.out.println("PROBLEM " + p));
    }
}
