package org.attest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name typer's file, its training (deterministic, the same weights from the same data) and the shipped model's load. */
class TypeModelTest {
  @Test
  void aBadFileFailsWithItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TypeModel.parse("m.txt", List.of("w=a\t1\t2\t3\t4")));
    assertTrue(e.getMessage().contains("m.txt") && e.getMessage().contains("outcomes"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> TypeModel.parse("m.txt", List.of("outcomes\tPERSON\tORG\tPLACE\tOTHER", "w=a\t1\t2\tx\t4")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> TypeModel.parse("m.txt", List.of("outcomes\tPERSON\tORG\tPLACE\tOTHER", "w=a\t1\t2")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void theModelAddsLogProbabilities() {
    TypeModel m = TypeModel.parse("m.txt", List.of("outcomes\tPERSON\tORG\tPLACE\tOTHER", "before=in\t0\t0\t2\t0"));
    double[] sum = new double[4];
    m.addLogProbabilities(List.of("before=in", "unknown"), sum);
    double z = Math.log(3 + Math.exp(2));
    assertEquals(2 - z, sum[TypeModel.PLACE], 1e-9);
    assertEquals(-z, sum[TypeModel.PERSON], 1e-9);
  }

  @Test
  void theShippedModelLoads() {
    assertTrue(!TypeModel.of("en").isEmpty());
  }

  /** Invented texts: unknown one-word names after "in" are places, before "said" people. */
  private static List<TypeModelTrainer.Example> examples() {
    String[] places = {"Brakvale", "Tormund", "Ostrel", "Ventholm", "Quarry"}, people = {"Hollis", "Demarco", "Ferrant", "Quill", "Abernath"};
    List<TypeModelTrainer.Example> out = new ArrayList<>();
    for (int i = 0; i < places.length; i++) {
      String text = "The fair opened in " + places[i] + " on a cold day. Later " + people[i] + " founded a school there.";
      int p = text.indexOf(places[i]), q = text.indexOf(people[i]);
      out.add(new TypeModelTrainer.Example(text, List.of(new TypeModelTrainer.Name(p, p + places[i].length(), "GPE"),
          new TypeModelTrainer.Name(q, q + people[i].length(), "PERSON"))));
    }
    return out;
  }

  @Test
  void trainingIsDeterministic() {
    TypeModelTrainer.Settings s = new TypeModelTrainer.Settings(1, 0.1, 0.1, 100);
    List<String> first = TypeModelTrainer.train(examples(), s), second = TypeModelTrainer.train(examples(), s);
    assertEquals(first, second);
    assertEquals("outcomes\tPERSON\tORG\tPLACE\tOTHER", first.get(0));
    TypeModel m = TypeModel.parse("trained", first);
    double[] sum = new double[4];
    m.addLogProbabilities(List.of("bias", "before=in", "tokens=1"), sum);
    assertTrue(sum[TypeModel.PLACE] > sum[TypeModel.PERSON], java.util.Arrays.toString(sum));
  }

  @Test
  void aNameTakesTheTypeOfTheGoldNameItMatches() {
    String text = "He met the Acme Corp's chief in Paris.";
    TypeModelTrainer.Example ex = new TypeModelTrainer.Example(text, List.of(new TypeModelTrainer.Name(7, 22, "ORG"),
        new TypeModelTrainer.Name(32, 37, "GPE")));
    assertEquals("ORG", TypeModelTrainer.outcome(ex, 11, 20)); // "Acme Corp" of "the Acme Corp's"
    assertEquals("PLACE", TypeModelTrainer.outcome(ex, 32, 37));
    assertEquals("OTHER", TypeModelTrainer.outcome(ex, 0, 2));
  }
}
