package org.attest.web;

import java.util.ArrayList;
import java.util.List;
import org.attest.io.ArticleReader;
import org.attest.io.InputProblem;
import org.attest.model.Article;

/** A sink that keeps what a reader gives: the articles and the problems, in order. */
final class Collected implements ArticleReader.Sink {
  final List<Article> articles = new ArrayList<>();
  final List<InputProblem> problems = new ArrayList<>();

  @Override
  public void article(Article article, int line) {
    articles.add(article);
  }

  @Override
  public void problem(InputProblem problem) {
    problems.add(problem);
  }
}
