using FundingPortal.Application.Calls;
using FundingPortal.Application.Documents;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.Funders;
using FundingPortal.Application.Notifications;
using FundingPortal.Application.Operations;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Organisations;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Organisations.JoinRequests;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reviews;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddAccounts();
        services.AddOperations();
        services.AddScoped<CreateOrganisation>();
        services.AddScoped<GetOrganisation>();
        services.AddScoped<FindOrganisations>();
        services.AddScoped<Membership>();
        services.AddScoped<ListMembers>();
        services.AddScoped<InviteColleague>();
        services.AddScoped<ListOrganisationInvitations>();
        services.AddScoped<RevokeInvitation>();
        services.AddScoped<ListMyInvitations>();
        services.AddScoped<InvitationForInvitee>();
        services.AddScoped<AcceptInvitation>();
        services.AddScoped<DeclineInvitation>();
        services.AddScoped<SendInvitationEmail>();
        services.AddScoped<RequestToJoin>();
        services.AddScoped<ListJoinRequests>();
        services.AddScoped<ListMyJoinRequests>();
        services.AddScoped<DecideJoinRequest>();
        services.AddScoped<SetUserRoles>();

        services.AddScoped<CreateFunder>();
        services.AddScoped<ListFunders>();

        services.AddScoped<CallDefinitionFactory>();
        services.AddScoped<CreateCall>();
        services.AddScoped<UpdateCall>();
        services.AddScoped<PublishCall>();
        services.AddScoped<CallReader>();

        services.AddSingleton<PublishedCallCache>();
        services.AddScoped<ProposalContextLoader>();
        services.AddScoped<ProposalAccess>();
        services.AddScoped<ProposalEditor>();
        services.AddScoped<CreateProposal>();
        services.AddScoped<EditProposal>();
        services.AddScoped<ProposalQueries>();
        services.AddScoped<SubmitProposal>();
        services.AddScoped<ProposalLifecycle>();
        services.AddScoped<Attachments>();
        services.AddScoped<InvitePartner>();
        services.AddScoped<ListPartnerInvitations>();

        services.AddScoped<DocumentScheduler>();
        services.AddScoped<ISubmissionListener, SubmissionDocuments>();
        services.AddScoped<DocumentModelFactory>();
        services.AddScoped<GenerateDocument>();
        services.AddScoped<DocumentQueries>();
        services.AddScoped<RequeueStalledDocuments>();

        // The review and co-funding areas answer the reminder jobs, the calendar and the dashboard.
        services.AddScoped<Reminders.IPendingFundingDecisions, Reminders.RequestPendingFundingDecisions>();
        services.AddScoped<Reporting.IReviewFigures, Reviews.Figures.AssignmentReviewFigures>();
        services.AddScoped<IDocumentModelSource, EvaluationSummarySource>();
        services.AddScoped<IDocumentModelSource, LabelCertificateSource>();
        services.AddScoped<IDocumentModelSource, FundingDecisionSource>();

        services.AddNotificationsAndReminders();
        services.AddCoFundingAndReporting();
        services.AddReviewsAndLabelling();
        return services;
    }
}
