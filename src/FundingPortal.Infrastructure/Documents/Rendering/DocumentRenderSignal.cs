using FundingPortal.Infrastructure.Messaging;

namespace FundingPortal.Infrastructure.Documents.Rendering;

/// <summary>
/// Wakes an idle <see cref="PendingDocumentRenderer"/> when a message says documents were asked for, so they start
/// before the next poll. A hint only: the Pending rows are the requests, and the renderer polls for them anyway.
/// </summary>
public sealed class DocumentRenderSignal : WakeUpSignal;
