using MassTransit;

namespace FundingPortal.Worker.Consumers;

/// <summary>Every consumer of the system; each gets its own queue (kebab-case of its name).</summary>
public static class WorkerConsumers
{
    public static void Register(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SubmissionReceivedNotificationConsumer, SubmissionReceivedNotificationConsumerDefinition>();
        bus.AddConsumer<NotificationEmailConsumer, NotificationEmailConsumerDefinition>();
        bus.AddConsumer<DocumentRequestedConsumer, DocumentRequestedConsumerDefinition>();
        bus.AddConsumer<SubmissionDocumentsConsumer, SubmissionDocumentsConsumerDefinition>();
        bus.AddConsumer<LabellingDecidedNotificationConsumer, LabellingDecidedNotificationConsumerDefinition>();
        bus.AddConsumer<CoLabellingDecidedNotificationConsumer, CoLabellingDecidedNotificationConsumerDefinition>();
        bus.AddConsumer<FundingOutcomeNotificationConsumer, FundingOutcomeNotificationConsumerDefinition>();
        bus.AddConsumer<InvitationEmailConsumer, InvitationEmailConsumerDefinition>();
        bus.AddConsumer<JoinRequestedNotificationConsumer, JoinRequestedNotificationConsumerDefinition>();
        bus.AddConsumer<JoinRequestDecidedNotificationConsumer, JoinRequestDecidedNotificationConsumerDefinition>();
        bus.AddConsumer<AccountEmailConsumer, AccountEmailConsumerDefinition>();
        bus.AddConsumer<ExpertAssignedNotificationConsumer, ExpertAssignedNotificationConsumerDefinition>();
        bus.AddConsumer<AssignmentDeclinedNotificationConsumer, AssignmentDeclinedNotificationConsumerDefinition>();
        bus.AddConsumer<ProposalScreenedNotificationConsumer, ProposalScreenedNotificationConsumerDefinition>();
        bus.AddConsumer<ProposalShortlistedNotificationConsumer, ProposalShortlistedNotificationConsumerDefinition>();
        bus.AddConsumer<ProposalWithdrawnNotificationConsumer, ProposalWithdrawnNotificationConsumerDefinition>();
        bus.AddConsumer<FundingRequestedNotificationConsumer, FundingRequestedNotificationConsumerDefinition>();
        bus.AddConsumer<MessagePostedNotificationConsumer, MessagePostedNotificationConsumerDefinition>();
        bus.AddConsumer<CorrectionRequestedNotificationConsumer, CorrectionRequestedNotificationConsumerDefinition>();
        bus.AddConsumer<AuditionScheduledNotificationConsumer, AuditionScheduledNotificationConsumerDefinition>();
        bus.AddConsumer<AnnouncementConsumer, AnnouncementConsumerDefinition>();
        bus.AddConsumer<SubmissionWebhookConsumer, SubmissionWebhookConsumerDefinition>();
        bus.AddConsumer<LabellingWebhookConsumer, LabellingWebhookConsumerDefinition>();
        bus.AddConsumer<FundingDecisionWebhookConsumer, FundingDecisionWebhookConsumerDefinition>();
        bus.AddConsumer<WebhookDeliveryConsumer, WebhookDeliveryConsumerDefinition>();
    }
}
