package dev.labelsdk.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.FieldProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets Jackson store the fields of the SDK's own readers (the {@code @JsonPOJOBuilder} builders
 * and small beans the models decode through) without {@link Field#set}. Reflection checks the
 * value's class against the field's on every write; a page of 100 tasks writes about 3,500
 * fields, and those checks were the largest cost of decoding above what a JSON tree costs
 * (about 10 us of a 160 us page; BENCHMARKS.md 3b). Any check per write, even comparing cached
 * classes, costs what it saves, so the type is checked once per field instead: the store is
 * unchecked only while the field's resolved deserializer says it makes the field's type (see
 * {@link Direct}); any other field keeps Jackson's checked write. Jackson does everything else
 * as before: which keys bind, null handling, errors.
 *
 * <p>Only reference fields of classes in {@code dev.labelsdk} are written this way, and only
 * on Java 22 and older: later versions warn when {@code sun.misc.Unsafe}'s memory access is
 * used (JEP 471), so there, and wherever it is missing, Jackson's own field writes stay.
 */
final class FieldWriters extends SimpleModule {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("removal")
  private static final sun.misc.Unsafe UNSAFE = unsafe();

  FieldWriters() {
    super("labelsdk-field-writers");
    if (UNSAFE != null) {
      setDeserializerModifier(new Fields());
    }
  }

  @SuppressWarnings("removal")
  private static sun.misc.Unsafe unsafe() {
    if (Runtime.version().feature() > 22) {
      return null;
    }
    try {
      Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      return (sun.misc.Unsafe) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null; // e.g. a runtime image without jdk.unsupported
    }
  }

  /** Puts a {@link Direct} property in place of each reference field property. */
  private static final class Fields extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings("removal")
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
        BeanDescription description, BeanDeserializerBuilder builder) {
      if (!description.getBeanClass().getName().startsWith("dev.labelsdk.")) {
        return builder;
      }
      List<SettableBeanProperty> properties = new ArrayList<>();
      builder.getProperties().forEachRemaining(properties::add);
      for (SettableBeanProperty property : properties) {
        if (property instanceof FieldProperty
            && property.getMember().getMember() instanceof Field field
            && !field.getType().isPrimitive()
            && (field.getModifiers() & (Modifier.FINAL | Modifier.STATIC)) == 0) {
          builder.addOrReplaceProperty(
              new Direct(property, field.getType(), UNSAFE.objectFieldOffset(field)), true);
        }
      }
      return builder;
    }
  }

  /**
   * Jackson's field property, stored at the field's offset. The store is unchecked, so it is
   * used only while the property's deserializer says it makes values the field can hold (its
   * {@code handledType()}, or a builder's build method). Jackson resolves and contextualises
   * deserializers through {@link #withDelegate}, so each one is checked before it is used. With
   * one that cannot say, or says another type (a custom {@code @JsonDeserialize(using = ...)}),
   * Jackson's checked {@code Field.set} writes, and a wrong value fails as it always did.
   */
  private static final class Direct extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private final Class<?> fieldType;
    private final long offset;
    private final boolean unchecked;

    Direct(SettableBeanProperty delegate, Class<?> fieldType, long offset) {
      super(delegate);
      this.fieldType = fieldType;
      this.offset = offset;
      Class<?> made = delegate.hasValueDeserializer()
          ? made(delegate.getValueDeserializer()) : null;
      this.unchecked = made != null && fieldType.isAssignableFrom(made);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new Direct(delegate, fieldType, offset);
    }

    /**
     * What {@code deserializer} makes, if it says: a builder's deserializer handles the builder
     * and makes what the builder's build method declares.
     */
    private static Class<?> made(JsonDeserializer<?> deserializer) {
      Class<?> handled = deserializer.handledType();
      if (!(deserializer instanceof BuilderBasedDeserializer) || handled == null) {
        return handled;
      }
      JsonPOJOBuilder builder = handled.getAnnotation(JsonPOJOBuilder.class);
      try {
        return handled.getDeclaredMethod(builder == null
            ? JsonPOJOBuilder.DEFAULT_BUILD_METHOD : builder.buildMethodName()).getReturnType();
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    /** As {@link FieldProperty#deserializeAndSet}: nulls skipped where the field says so. */
    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      if (!unchecked) {
        delegate.deserializeAndSet(p, ctxt, instance);
        return;
      }
      boolean skipNulls = NullsConstantProvider.isSkipper(_nullProvider);
      if (skipNulls && p.hasToken(JsonToken.VALUE_NULL)) {
        return;
      }
      Object value = deserialize(p, ctxt);
      if (value != null || !skipNulls) {
        set(instance, value);
      }
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt,
        Object instance) throws IOException {
      deserializeAndSet(p, ctxt, instance);
      return instance;
    }

    @Override
    @SuppressWarnings("removal")
    public void set(Object instance, Object value) throws IOException {
      if (unchecked) {
        UNSAFE.putObject(instance, offset, value);
      } else {
        delegate.set(instance, value);
      }
    }

    @Override
    public Object setAndReturn(Object instance, Object value) throws IOException {
      set(instance, value);
      return instance;
    }
  }
}
