package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;

/**
 * Hand-written serializers and deserializers for the model's public types — the documents
 * (table, project, evaluations), their parts (finding with its location, indicator result,
 * execution result), the table summary and a reader's result — registered for those types only:
 * adding the module to an ObjectMapper changes nothing for any other type. They write through
 * {@link LoneSurrogateGenerator}, so that a lone surrogate reaches a mapper's text as an escape.
 */
public final class JixiaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * @param labels whether enum values get their Chinese label beside them
   * @param evaluationVersion the version of the evaluation JSON written: 1 or 2
   * @param locale the language of the problems its deserializers throw
   */
  public JixiaoModule(boolean labels, int evaluationVersion, Locale locale) {
    super("jixiao", Version.unknownVersion());
    ModelWriter writer = new ModelWriter(labels);
    EvaluationWriter evaluations = new EvaluationWriter(evaluationVersion, labels, false);
    addSerializer(
        PerformanceTable.class,
        new JsonSerializer<PerformanceTable>() {
          @Override
          public void serialize(PerformanceTable value, JsonGenerator g, SerializerProvider p)
              throws IOException {
            writer.table(LoneSurrogateGenerator.of(g), value);
          }
        });
    addSerializer(
        Project.class,
        new JsonSerializer<Project>() {
          @Override
          public void serialize(Project value, JsonGenerator g, SerializerProvider p)
              throws IOException {
            writer.projectBody(LoneSurrogateGenerator.of(g), value, false);
          }
        });
    addSerializer(
        TableEvaluation.class,
        new JsonSerializer<TableEvaluation>() {
          @Override
          public void serialize(TableEvaluation value, JsonGenerator g, SerializerProvider p)
              throws IOException {
            evaluations.tableEvaluation(LoneSurrogateGenerator.of(g), value);
          }
        });
    addSerializer(
        Evaluation.class,
        new JsonSerializer<Evaluation>() {
          @Override
          public void serialize(Evaluation value, JsonGenerator g, SerializerProvider p)
              throws IOException {
            evaluations.evaluation(LoneSurrogateGenerator.of(g), value);
          }
        });
    serializer(Finding.class, writer::finding);
    serializer(IndicatorResult.class, evaluations::indicatorResult);
    serializer(ExecutionResult.class, evaluations::executionResult);
    serializer(TableSummary.class, evaluations::summary);
    serializer(
        ReadResult.class,
        (g, read) -> {
          g.writeStartObject();
          g.writeFieldName("value");
          g.writeObject(read.value());
          g.writeArrayFieldStart("diagnostics");
          for (Finding f : ((ReadResult<?>) read).diagnostics()) {
            writer.finding(g, f);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
    addDeserializer(
        Finding.class,
        new JsonDeserializer<Finding>() {
          @Override
          public Finding deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return FindingReader.finding(new JsonIn(p, 0, locale));
          }
        });
    addDeserializer(
        PerformanceTable.class,
        new JsonDeserializer<PerformanceTable>() {
          @Override
          public PerformanceTable deserialize(JsonParser p, DeserializationContext c)
              throws IOException {
            return ModelReader.table(new JsonIn(p, 0, locale), false);
          }
        });
    addDeserializer(
        Project.class,
        new JsonDeserializer<Project>() {
          @Override
          public Project deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return ModelReader.project(new JsonIn(p, 0, locale), false);
          }
        });
    addDeserializer(
        TableEvaluation.class,
        new JsonDeserializer<TableEvaluation>() {
          @Override
          public TableEvaluation deserialize(JsonParser p, DeserializationContext c)
              throws IOException {
            return EvaluationReader.tableEvaluation(new JsonIn(p, 0, locale), false);
          }
        });
    addDeserializer(
        Evaluation.class,
        new JsonDeserializer<Evaluation>() {
          @Override
          public Evaluation deserialize(JsonParser p, DeserializationContext c)
              throws IOException {
            return EvaluationReader.evaluation(new JsonIn(p, 0, locale));
          }
        });
  }

  /** How one value is written. */
  private interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private <T> void serializer(Class<T> type, Write<T> write) {
    addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator g, SerializerProvider p) throws IOException {
            write.write(LoneSurrogateGenerator.of(g), value);
          }
        });
  }
}
