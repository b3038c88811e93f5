package be.draaischijf.network.api;

import java.io.Serializable;

/** A theme (a code of the reference list of signal themes) and how many signals name it. */
public record ThemeCount(String code, long signals) implements Serializable {
}
