using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Documents.Rendering;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using MassTransit;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>
/// A document was asked for (a manager's regeneration, a label certificate, …): wakes this process's
/// <see cref="PendingDocumentRenderer"/>, which renders the Pending row (ADR 0036). The message carries no work of its
/// own, so it completes at once and never waits in the transport while documents render.
/// </summary>
public sealed class DocumentRequestedConsumer(DocumentRenderSignal renderers) : IConsumer<DocumentRequested>
{
    public Task Consume(ConsumeContext<DocumentRequested> context)
    {
        renderers.Notify();
        return Task.CompletedTask;
    }
}

public sealed class DocumentRequestedConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<DocumentRequestedConsumer>(options, park);

/// <summary>
/// A version was submitted: its receipt and dossier PDF are Pending rows written by the submission (ADR 0026), so this
/// only wakes the renderer (ADR 0036), which pulls them from the database.
/// </summary>
public sealed class SubmissionDocumentsConsumer(DocumentRenderSignal renderers) : IConsumer<ProposalSubmitted>
{
    public Task Consume(ConsumeContext<ProposalSubmitted> context)
    {
        renderers.Notify();
        return Task.CompletedTask;
    }
}

public sealed class SubmissionDocumentsConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<SubmissionDocumentsConsumer>(options, park);
