# Generated from ui/consent_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from mdt_desktop.gui.widgets.be_date_edit import BeDateEdit

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(580, 460)
        self.mainLayout = QVBoxLayout(ConsentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.consentNote = QLabel(ConsentDialog)
        self.consentNote.setObjectName(u"consentNote")
        self.consentNote.setWordWrap(True)

        self.mainLayout.addWidget(self.consentNote)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.givenByLabel = QLabel(ConsentDialog)
        self.givenByLabel.setObjectName(u"givenByLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenByLabel)

        self.givenBy = QLineEdit(ConsentDialog)
        self.givenBy.setObjectName(u"givenBy")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenBy)

        self.recordedByLabel = QLabel(ConsentDialog)
        self.recordedByLabel.setObjectName(u"recordedByLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recordedByLabel)

        self.recordedBy = QLineEdit(ConsentDialog)
        self.recordedBy.setObjectName(u"recordedBy")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recordedBy)

        self.givenOnLabel = QLabel(ConsentDialog)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.givenOnLabel)

        self.givenOn = BeDateEdit(ConsentDialog)
        self.givenOn.setObjectName(u"givenOn")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.givenOn)

        self.scopeLabel = QLabel(ConsentDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QPlainTextEdit(ConsentDialog)
        self.scope.setObjectName(u"scope")
        self.scope.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scope)

        self.sharesWithCentre = QCheckBox(ConsentDialog)
        self.sharesWithCentre.setObjectName(u"sharesWithCentre")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.sharesWithCentre)

        self.withoutConsent = QCheckBox(ConsentDialog)
        self.withoutConsent.setObjectName(u"withoutConsent")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.withoutConsent)

        self.reasonLabel = QLabel(ConsentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(ConsentDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reason)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ConsentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.givenByLabel.setBuddy(self.givenBy)
        self.recordedByLabel.setBuddy(self.recordedBy)
        self.givenOnLabel.setBuddy(self.givenOn)
        self.scopeLabel.setBuddy(self.scope)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21", None))
        self.consentNote.setText(QCoreApplication.translate("ConsentDialog", u"\u0e15\u0e49\u0e2d\u0e07\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21\u0e01\u0e48\u0e2d\u0e19\u0e08\u0e36\u0e07\u0e08\u0e30\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e17\u0e35\u0e48\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e1a\u0e38\u0e04\u0e04\u0e25\u0e44\u0e14\u0e49 (\u0e1e.\u0e23.\u0e1a. \u0e04\u0e38\u0e49\u0e21\u0e04\u0e23\u0e2d\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2a\u0e48\u0e27\u0e19\u0e1a\u0e38\u0e04\u0e04\u0e25 \u0e1e.\u0e28. 2562)", None))
        self.givenByLabel.setText(QCoreApplication.translate("ConsentDialog", u"\u0e1c\u0e39\u0e49\u0e43\u0e2b\u0e49\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21", None))
        self.givenBy.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"\u0e1c\u0e39\u0e49\u0e40\u0e2a\u0e35\u0e22\u0e2b\u0e32\u0e22 \u0e2b\u0e23\u0e37\u0e2d\u0e1c\u0e39\u0e49\u0e1b\u0e01\u0e04\u0e23\u0e2d\u0e07\u0e01\u0e23\u0e13\u0e35\u0e40\u0e14\u0e47\u0e01", None))
        self.recordedByLabel.setText(QCoreApplication.translate("ConsentDialog", u"\u0e1c\u0e39\u0e49\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01", None))
        self.givenOnLabel.setText(QCoreApplication.translate("ConsentDialog", u"\u0e27\u0e31\u0e19\u0e17\u0e35\u0e48\u0e43\u0e2b\u0e49\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21", None))
        self.scopeLabel.setText(QCoreApplication.translate("ConsentDialog", u"\u0e02\u0e2d\u0e1a\u0e40\u0e02\u0e15\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21", None))
        self.sharesWithCentre.setText(QCoreApplication.translate("ConsentDialog", u"\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21\u0e43\u0e2b\u0e49\u0e2a\u0e48\u0e07\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e15\u0e19\u0e16\u0e36\u0e07\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e2f \u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
#if QT_CONFIG(tooltip)
        self.sharesWithCentre.setToolTip(QCoreApplication.translate("ConsentDialog", u"\u0e0a\u0e37\u0e48\u0e2d \u0e27\u0e31\u0e19\u0e40\u0e01\u0e34\u0e14 \u0e17\u0e35\u0e48\u0e2d\u0e22\u0e39\u0e48 \u0e41\u0e25\u0e30\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e15\u0e19\u0e2d\u0e37\u0e48\u0e19\u0e02\u0e2d\u0e07\u0e01\u0e23\u0e13\u0e35\u0e19\u0e35\u0e49\u0e08\u0e30\u0e44\u0e1b\u0e01\u0e31\u0e1a\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e17\u0e35\u0e48\u0e2a\u0e48\u0e07\u0e16\u0e36\u0e07\u0e28\u0e39\u0e19\u0e22\u0e4c\u0e2f \u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14", None))
#endif // QT_CONFIG(tooltip)
        self.withoutConsent.setText(QCoreApplication.translate("ConsentDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e42\u0e14\u0e22\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e23\u0e31\u0e1a\u0e04\u0e27\u0e32\u0e21\u0e22\u0e34\u0e19\u0e22\u0e2d\u0e21 (\u0e40\u0e09\u0e1e\u0e32\u0e30\u0e01\u0e23\u0e13\u0e35\u0e2d\u0e31\u0e19\u0e15\u0e23\u0e32\u0e22\u0e23\u0e49\u0e32\u0e22\u0e41\u0e23\u0e07\u0e40\u0e23\u0e48\u0e07\u0e14\u0e48\u0e27\u0e19)", None))
        self.reasonLabel.setText(QCoreApplication.translate("ConsentDialog", u"\u0e40\u0e2b\u0e15\u0e38\u0e1c\u0e25", None))
        self.errorLabel.setText("")
    # retranslateUi
