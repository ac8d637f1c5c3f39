package org.jixiao.rules.spi;

import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.Trace;

/**
 * A completion status with the trace that explains it.
 *
 * @param status the status
 * @param trace why
 */
public record StatusVerdict(Status status, Trace trace) {}
