package dev.labelsdk.refonte.model;

import java.net.URI;

/**
 * The fields of typed builders for tasks about one attachment (categorization, image
 * annotation, transcription, document transcription).
 *
 * @param <B> the concrete builder, so that chained calls keep its type
 */
public abstract class AttachmentTaskBuilder<B extends AttachmentTaskBuilder<B>>
    extends TaskRequestBuilder<B> {

  /** A builder for tasks of {@code type}. */
  protected AttachmentTaskBuilder(TaskType type) {
    super(type);
  }

  /** The URL of what to label, or inline text with {@code attachmentType("text")}. */
  public B attachment(String attachment) {
    request.attachment(attachment);
    return self();
  }

  /** Sets {@code attachment}. */
  public B attachment(URI attachment) {
    request.attachment(attachment);
    return self();
  }

  /**
   * What the attachment is: {@code image}, {@code text}, {@code website}, {@code pdf},
   * {@code document}, ... (the service assumes {@code image}).
   */
  public B attachmentType(String attachmentType) {
    request.attachmentType(attachmentType);
    return self();
  }
}
