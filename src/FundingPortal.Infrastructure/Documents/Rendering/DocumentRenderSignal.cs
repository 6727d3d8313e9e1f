namespace FundingPortal.Infrastructure.Documents.Rendering;

/// <summary>
/// Wakes an idle <see cref="PendingDocumentRenderer"/> when a message says documents were asked for, so they start
/// before the next poll. A hint only: the Pending rows are the requests, and the renderer polls for them anyway.
/// </summary>
public sealed class DocumentRenderSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another message already woke a renderer.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _semaphore.WaitAsync(timeout, ct);

    public void Dispose() => _semaphore.Dispose();
}
