/**
 * JSON documents of tables, projects and evaluations, and JSON Lines streams of projects and
 * evaluations, through jackson-databind's streaming API; see {@link org.jixiao.io.json.JixiaoJson}.
 *
 * <p><b>Versions.</b> Evaluations are written as {@code jixiao.evaluation/1} (the default, the
 * command line's contract) or {@code jixiao.evaluation/2} (names as in the Java model; {@link
 * org.jixiao.io.json.EvaluationSchema}); every reader reads both.
 *
 * <p><b>Exceptions.</b> Methods on files, streams, {@code Reader}s and {@code Writer}s declare
 * {@link java.io.IOException}; methods on strings and byte arrays declare none; iterators and
 * streams of JSON Lines throw {@link java.io.UncheckedIOException}. Input that is wrong throws the
 * unchecked {@link org.jixiao.io.JixiaoReadException} with its JSON path (and line: a JSON Lines
 * line's number in the stream), the offending text and a stable code {@code JX-I-03xx} ({@code
 * JX-I-0140} for bytes that are not UTF-8). Its message is Chinese by default and English with
 * {@link org.jixiao.io.json.JixiaoJson.Builder#locale} (the Jackson module: {@link
 * org.jixiao.io.json.JixiaoJson#module(EvaluationSchema, java.util.Locale)}); Jackson's own
 * description of invalid JSON and the model's of an invalid value are quoted in English inside it.
 */
@NullMarked
package org.jixiao.io.json;

import org.jspecify.annotations.NullMarked;
