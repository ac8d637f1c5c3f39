package org.jixiao.rules.internal.text;

import org.jixiao.rules.text.Quantity;

/**
 * A figure the scanner found: a quantity, or a date (kept apart so that {@code 2019年} or
 * {@code 12月4-5日} never passes for a count).
 *
 * @param date whether the figure is a date
 * @param quantity the figure; for a date only its position matters
 */
public record Found(boolean date, Quantity quantity) {}
