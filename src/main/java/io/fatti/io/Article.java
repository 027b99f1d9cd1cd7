package io.fatti.io;

import io.fatti.core.ArticleContext;

/** One article to extract from: its id (the file name for .txt input), text and context. */
public record Article(String id, String text, ArticleContext context) {
}
