namespace FundingPortal.Application.Abstractions;

/// <summary>Queues an integration message in the current unit of work; it is published only if the save commits.</summary>
public interface IOutbox
{
    void Enqueue<T>(T message) where T : class;
}
