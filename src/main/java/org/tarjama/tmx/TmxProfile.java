package org.tarjama.tmx;

/** The CAT tool a TMX file is written for: language codes and properties differ per tool. */
public enum TmxProfile {
    GENERIC, OMEGAT, TRADOS, MEMOQ, PHRASE
}
