package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.core.RequestOptions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Inputs, asynchronously: {@code client.async().inputs()}. The twins of {@link InputResource}'s
 * create, get and list, with the same retries; see {@link TaskResourceAsync}.
 */
public interface InputResourceAsync extends PagedResourceAsync<Input> {

  /** See {@link InputResource#create(Input...)}. */
  default CompletableFuture<BatchResult<Input>> create(Input... inputs) {
    return create(Arrays.asList(inputs));
  }

  /** See {@link InputResource#create(List)}: per-input statuses in a {@link BatchResult}. */
  CompletableFuture<BatchResult<Input>> create(List<Input> inputs);

  /** See {@link InputResource#get(String)}. */
  CompletableFuture<Input> get(String inputId);



  /** See {@link InputResource#withOptions(RequestOptions)}. */
  @Override
  InputResourceAsync withOptions(RequestOptions options);

  /** {@link #create(List)} with {@code options} for this call. */
  default CompletableFuture<BatchResult<Input>> create(List<Input> inputs,
      RequestOptions options) {
    return withOptions(options).create(inputs);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default CompletableFuture<Input> get(String inputId, RequestOptions options) {
    return withOptions(options).get(inputId);
  }


}
