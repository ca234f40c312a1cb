package org.civicbrief.core.quiz;

import java.util.List;
import org.civicbrief.app.SharedPipeline;
import org.civicbrief.core.briefing.Briefing;
import org.civicbrief.core.civic.ClassifyStatements;
import org.civicbrief.core.civic.Officeholders;
import org.civicbrief.core.text.AnnotatedArticle;
import org.civicbrief.core.text.Layout;
import org.civicbrief.nlp.corenlp.CoreNlpNameGender;

/**
 * Every candidate the question writers produce for an article written for the tests, before the
 * gates and the selection, with the briefing they were written from: a rule is tested where it
 * acts, not on the few items a quiz keeps.
 */
record WrittenCandidates(Briefing briefing, List<Candidate> all) {

  static WrittenCandidates of(String resource, String published) {
    // The article as the quiz sees it in production: with the values (dates, numbers) the
    // pipeline adds after annotation.
    var timed =
        SharedPipeline.pipeline()
            .briefAnnotated(
                SharedPipeline.pipeline()
                    .annotator()
                    .annotate(SharedPipeline.article(resource, published)));
    AnnotatedArticle annotated = timed.annotated();
    Briefing b = timed.briefing();
    Layout layout = Layout.of(annotated);
    List<Candidate> all =
        new WriteQuestions(
                b,
                annotated,
                layout,
                new ClassifyStatements().classify(annotated, layout),
                Officeholders.none(),
                new CoreNlpNameGender())
            .all();
    return new WrittenCandidates(b, all);
  }
}
