package org.attest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The function-word detector on invented sentences. */
class LanguagesTest {
  private static String detect(String s) {
    return Languages.INSTANCE.detect(s);
  }

  @Test
  void closeLanguagesAreTold() {
    assertEquals("en", detect("The minister said that the plan would be ready by the end of the year, and that it was not too late for the city."));
    assertEquals("de", detect("Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein wird und es für die Stadt nicht zu spät ist."));
    assertEquals("nl", detect("De minister zei dat het plan aan het einde van het jaar klaar zou zijn en dat het niet te laat is voor de stad."));
    assertEquals("fr", detect("Le ministre a dit que le plan serait prêt à la fin de l'année et qu'il n'est pas trop tard pour la ville."));
    assertEquals("es", detect("El ministro dijo que el plan estará listo a finales del año y que no es demasiado tarde para la ciudad."));
    assertEquals("pt", detect("O ministro disse que o plano estará pronto no final do ano e que não é tarde demais para a cidade dos seus filhos."));
    assertEquals("it", detect("Il ministro ha detto che il piano sarà pronto alla fine dell'anno e che non è troppo tardi per la città."));
    assertEquals("sv", detect("Ministern sa att planen skulle vara klar i slutet av året och att det inte är för sent för staden, och hon var nöjd."));
    assertEquals("da", detect("Ministeren sagde at planen ville være klar ved årets udgang og at det ikke er for sent for byen, og hun havde ret."));
    assertEquals("no", detect("Ministeren sa at planen ville være klar ved slutten av året og at det ikke er for sent for byen, og hun hadde rett."));
  }

  @Test
  void tooLittleTextOrNoKnownWordsSaysNothing() {
    assertNull(detect("Breaking news"));
    assertNull(detect("서울시는 월요일에 새로운 버스 노선을 발표했다 시민들은 환영했다 다음 달부터 운행된다 요금은 그대로다 버스는 자주 온다 정류장도 늘어난다"));
  }

  @Test
  void aDeclarationStandsUnlessTheTextSaysOtherwiseAtLength() {
    String french = "Le conseil municipal a approuvé un budget de 3 milliards de dollars mardi, a indiqué la mairie.";
    assertEquals("fr", Languages.INSTANCE.choose("fr", french), "sixteen words share too much with Portuguese to overrule it");
    String german = "Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein wird und es für die Stadt nicht zu spät ist. ";
    assertEquals("de", Languages.INSTANCE.choose("en", german.repeat(3)), "an English template around a German article");
    assertEquals("en", Languages.INSTANCE.choose("en", german), "one sentence does not overrule the page");
    assertEquals("de", Languages.INSTANCE.choose(null, german));
    assertEquals("fr", Languages.INSTANCE.choose("fr", "Breaking news"));
  }
}
