using FundingPortal.Application.Calendar;
using FundingPortal.Application.Calendar.GetCalendarFeedUrl;
using FundingPortal.Application.Calendar.GetMyCalendar;
using FundingPortal.Application.Calendar.ReadCalendarFeed;
using FundingPortal.Application.Calendar.RotateCalendarFeedUrl;
using FundingPortal.Application.Calls.AnnounceCallClosed;
using FundingPortal.Application.Calls.FindCallsToAnnounceClosed;
using FundingPortal.Application.Common;
using FundingPortal.Application.Notifications;
using FundingPortal.Application.Notifications.ListMyNotifications;
using FundingPortal.Application.Notifications.MarkNotificationRead;
using FundingPortal.Application.Notifications.NotifyAssignmentDeclined;
using FundingPortal.Application.Notifications.NotifyConsortium;
using FundingPortal.Application.Notifications.NotifyExpertAssigned;
using FundingPortal.Application.Notifications.NotifyFundingRequested;
using FundingPortal.Application.Notifications.NotifyMessagePosted;
using FundingPortal.Application.Notifications.NotifyProposalScreened;
using FundingPortal.Application.Notifications.NotifyProposalShortlisted;
using FundingPortal.Application.Notifications.NotifyCorrectionRequested;
using FundingPortal.Application.Notifications.PostAnnouncement;
using FundingPortal.Application.Notifications.GetAnnouncement;
using FundingPortal.Application.Notifications.CountMyUnread;
using FundingPortal.Application.Notifications.DeliverAnnouncement;
using FundingPortal.Application.Notifications.ResumeAnnouncements;
using FundingPortal.Application.Notifications.NotifyProposalWithdrawn;
using FundingPortal.Application.Notifications.SendDailyDigests;
using FundingPortal.Application.Notifications.NotifyJoinRequest;
using FundingPortal.Application.Notifications.NotifySubmissionReceived;
using FundingPortal.Application.Notifications.SendNotificationEmail;
using FundingPortal.Application.Reminders;
using FundingPortal.Application.Reminders.SendDraftReminders;
using FundingPortal.Application.Reminders.SendPreProposalReminders;
using FundingPortal.Application.Reminders.SendFundingDecisionReminders;
using FundingPortal.Application.Reminders.SendReviewReminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FundingPortal.Application;

/// <summary>Use cases of notifications, reminders, deadline sweeps and the calendar feed.</summary>
public static class NotificationsRegistration
{
    public static IServiceCollection AddNotificationsAndReminders(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section);
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section);

        services.AddScoped<Notifier>();
        services.AddScoped<NotificationAudience>();
        services.AddScoped<NotifyExpertAssigned>();
        services.AddScoped<NotifyAssignmentDeclined>();
        services.AddScoped<NotifyProposalScreened>();
        services.AddScoped<NotifyProposalShortlisted>();
        services.AddScoped<NotifyProposalWithdrawn>();
        services.AddScoped<NotifyFundingRequested>();
        services.AddScoped<SendDailyDigests>();
        services.AddScoped<NotifyMessagePosted>();
        services.AddScoped<NotifySubmissionReceived>();
        services.AddScoped<NotifyConsortium>();
        services.AddScoped<NotifyJoinRequest>();
        services.AddScoped<NotifyCorrectionRequested>();
        services.AddScoped<PostAnnouncement>();
        services.AddScoped<GetAnnouncement>();
        services.AddScoped<CountMyUnread>();
        services.AddScoped<MyNotifications>();
        services.AddScoped<DeliverAnnouncement>();
        services.AddScoped<ResumeAnnouncements>();
        services.AddScoped<SendNotificationEmail>();
        services.AddScoped<ListMyNotifications>();
        services.AddScoped<Notifications.CreateWebhook.CreateWebhook>();
        services.AddScoped<Notifications.ListWebhooks.ListWebhooks>();
        services.AddScoped<Notifications.ListWebhookDeliveries.ListWebhookDeliveries>();
        services.AddScoped<Notifications.RecordWebhookEvent.RecordWebhookEvent>();
        services.AddScoped<Notifications.DeliverWebhook.DeliverWebhook>();
        services.AddScoped<Notifications.DeliverDueWebhooks.DeliverDueWebhooks>();
        services.AddScoped<MarkNotificationRead>();

        services.AddScoped<ReminderSender>();
        services.AddScoped<DossiersToSubmitReminders>();
        services.AddScoped<SendDraftReminders>();
        services.AddScoped<SendPreProposalReminders>();
        services.AddScoped<SendReviewReminders>();
        services.AddScoped<SendFundingDecisionReminders>();

        services.AddScoped<FindCallsToAnnounceClosed>();
        services.AddScoped<AnnounceCallClosed>();
        services.AddScoped<CalendarDeadlines>();
        services.AddScoped<GetMyCalendar>();
        services.AddScoped<CalendarFeedUrls>();
        services.AddScoped<GetCalendarFeedUrl>();
        services.AddScoped<RotateCalendarFeedUrl>();
        services.AddScoped<ReadCalendarFeed>();
        return services;
    }
}
