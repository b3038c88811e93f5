package be.draaischijf.network.api;

import java.io.Serializable;

/** How many signals of one district name a theme (both codes of their reference lists). */
public record ThemeDistrictCount(String theme, String district, long signals) implements Serializable {
}
