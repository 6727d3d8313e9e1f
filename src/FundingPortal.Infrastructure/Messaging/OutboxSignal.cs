namespace FundingPortal.Infrastructure.Messaging;

/// <summary>Wakes the in-process dispatcher right after a save wrote outbox rows, so messages leave without waiting for the next poll.</summary>
public sealed class OutboxSignal : WakeUpSignal;
