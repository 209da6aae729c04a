extern alias Legacy;
extern alias Modern;

using System.Collections.Generic;
using Modern::Fidelity.Api;
using System;
using Legacy::Fidelity.Api.V1;
using Legacy::Fidelity;
using Fidelity.Billing;
using static Modern::Fidelity.Api.Constants;
using V1Client = Legacy::Fidelity.Api.V1.Client;

namespace Fidelity.Bridge
{
    public sealed class Bridge
    {
        private readonly V1Client _old = new();
        private readonly Modern::Fidelity.Api.Client _new = new();

        public IEnumerable<Money> Migrate(IEnumerable<Legacy::Fidelity.Api.V1.Invoice> invoices)
        {
            foreach (var invoice in invoices)
                yield return new Money(invoice.Total, DefaultCurrency);
        }

        public string Describe() => $"{_old} -> {_new} ({global::System.DateTime.UtcNow:O})";
    }
}
