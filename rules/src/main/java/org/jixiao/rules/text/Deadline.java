package org.jixiao.rules.text;

/**
 * A deadline stated in a target, kept as printed: {@code 年度内}, {@code 12月前},
 * {@code 2019年底前}, {@code 2021.1.1-12.31}, {@code 按时}, {@code 计划时间内}. Deadlines are
 * recognised so that a timeliness target is not mistaken for a quantity; whether one was met is
 * read from the completion words of the actual.
 *
 * @param text the deadline phrase as found in the normalised target text
 */
public record Deadline(String text) {}
