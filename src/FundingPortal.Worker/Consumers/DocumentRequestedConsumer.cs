using FundingPortal.Application.Documents.GenerateDocument;
using FundingPortal.Application.Documents.RecordDocumentFailure;
using FundingPortal.Application.Documents.RenderSubmissionDocuments;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using MassTransit;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>
/// Renders a requested PDF. Idempotent by nature (a Ready document is skipped, rendering is deterministic), so it needs
/// no processed-message record; each failure is counted on the document, and the third one marks it Failed.
/// </summary>
public sealed class DocumentRequestedConsumer(GenerateDocument generate, RecordDocumentFailure recordFailure) : IConsumer<DocumentRequested>
{
    public async Task Consume(ConsumeContext<DocumentRequested> context)
    {
        try
        {
            await generate.Handle(context.Message.DocumentId, context.CancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!await recordFailure.Handle(context.Message.DocumentId, ex, context.CancellationToken))
            {
                throw;
            }
        }
    }
}

/// <summary>Renders at most <see cref="MessagingOptions.DocumentRenderers"/> PDFs at once, so a burst of submissions keeps CPU for the requests.</summary>
public sealed class DocumentRequestedConsumerDefinition : ReliableConsumerDefinition<DocumentRequestedConsumer>
{
    public DocumentRequestedConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
        : base(options, park) => ConcurrentMessageLimit = Math.Max(1, options.Value.DocumentRenderers);
}

/// <summary>
/// Renders a submitted version's receipt and dossier PDF, asked for by the submission's own message (ADR 0026).
/// Idempotent by nature like <see cref="DocumentRequestedConsumer"/>, and limited to the same number of renderers.
/// </summary>
public sealed class SubmissionDocumentsConsumer(RenderSubmissionDocuments render) : IConsumer<ProposalSubmitted>
{
    public Task Consume(ConsumeContext<ProposalSubmitted> context) =>
        render.Handle(context.Message.ProposalId, context.Message.Version, context.CancellationToken);
}

public sealed class SubmissionDocumentsConsumerDefinition : ReliableConsumerDefinition<SubmissionDocumentsConsumer>
{
    public SubmissionDocumentsConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
        : base(options, park) => ConcurrentMessageLimit = Math.Max(1, options.Value.DocumentRenderers);
}
